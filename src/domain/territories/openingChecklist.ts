import { countOf, quote } from '@/domain/shared/frenchText'

/**
 * What a territory needs before it opens to young people, computed from its data (never ticked by hand).
 * Each item is done or says in words what is missing; the territory may open only when every item is done.
 */

export const OPENING_ITEMS = ['coverage', 'animators', 'themes', 'offers', 'consortium', 'contact'] as const
export type OpeningItemKey = (typeof OPENING_ITEMS)[number]

export interface OpeningTheme {
  id: number
  name: string
  /** The theme's row in the territory: opened, or announced « bientôt ». */
  status: 'ouvert' | 'bientot'
  /** A questionnaire applies: the territory's own for the theme, or the national template. */
  hasQuestionnaire: boolean
}

/** Plain facts about a territory, gathered by the Payload glue. */
export interface OpeningFacts {
  communeCount: number
  /** Active animator accounts attached to the territory. */
  activeAnimators: number
  themes: readonly OpeningTheme[]
  /** Organisations holding a signed charter in force for the territory today. */
  partnersWithCharter: readonly number[]
  /** The published offers offered in the territory: their organisation and theme. */
  publishedOffers: readonly { partnerId: number; themeId: number }[]
  /** Organisations of the territory's network (consortium). */
  consortiumMembers: number
  contact: { structure?: string | null; email?: string | null; phone?: string | null } | null | undefined
}

export interface OpeningItem {
  key: OpeningItemKey
  label: string
  done: boolean
  /** What is there (done) or what is missing (not done), in one sentence. */
  detail: string
  /** What is missing, one sentence each (empty when done). */
  missing: string[]
}

export interface OpeningChecklist {
  items: OpeningItem[]
  complete: boolean
  /** Every missing sentence, in the order of the items. */
  missing: string[]
}

const item = (key: OpeningItemKey, label: string, done: string | null, missing: string[]): OpeningItem =>
  missing.length ? { key, label, done: false, detail: missing.join(' ; '), missing } : { key, label, done: true, detail: done ?? '', missing: [] }

const names = (themes: readonly OpeningTheme[]) => themes.map((theme) => quote(theme.name)).join(', ')
const filled = (value: string | null | undefined) => Boolean(value && value.trim())

/** The opening checklist of a territory. Pure. */
export function openingChecklist(facts: OpeningFacts): OpeningChecklist {
  const opened = facts.themes.filter((theme) => theme.status === 'ouvert')
  const withoutQuestionnaire = opened.filter((theme) => !theme.hasQuestionnaire)
  const charters = new Set(facts.partnersWithCharter)
  const ready = (theme: OpeningTheme) => facts.publishedOffers.some((offer) => offer.themeId === theme.id && charters.has(offer.partnerId))
  const withoutOffer = opened.filter((theme) => !ready(theme))
  const contact = facts.contact ?? {}

  const items = [
    item(
      'coverage',
      'Couverture',
      `${countOf(facts.communeCount, 'commune couverte', 'communes couvertes')}`,
      facts.communeCount > 0 ? [] : ['aucune commune n’est couverte (choisissez des départements, EPCI ou communes dans l’onglet « Couverture »)'],
    ),
    item(
      'animators',
      'Animation',
      countOf(facts.activeAnimators, 'animateur ou animatrice actif', 'animateurs ou animatrices actifs'),
      facts.activeAnimators > 0 ? [] : ['aucun animateur ou animatrice actif n’est rattaché au territoire'],
    ),
    item(
      'themes',
      'Thèmes ouverts',
      `thème${opened.length > 1 ? 's' : ''} ouvert${opened.length > 1 ? 's' : ''} avec un questionnaire : ${names(opened)}`,
      opened.length === 0
        ? ['aucun thème n’est ouvert sur le territoire']
        : withoutQuestionnaire.map((theme) => `le thème ${quote(theme.name)} n’a pas de questionnaire (ni national ni propre au territoire)`),
    ),
    item(
      'offers',
      'Offres',
      `chaque thème ouvert a au moins une offre publiée d’un organisme à la charte signée en vigueur`,
      opened.length === 0
        ? ['aucune offre ne peut être proposée tant qu’aucun thème n’est ouvert']
        : withoutOffer.map((theme) => `aucune offre publiée pour le thème ${quote(theme.name)} par un organisme ayant une charte signée en vigueur`),
    ),
    item(
      'consortium',
      'Réseau',
      countOf(facts.consortiumMembers, 'organisme du réseau', 'organismes du réseau'),
      facts.consortiumMembers > 0 ? [] : ['aucun organisme ne fait partie du réseau du territoire'],
    ),
    item('contact', 'Structure animatrice', contact.structure ? `${contact.structure.trim()}, joignable` : null, [
      ...(filled(contact.structure) ? [] : ['le nom de la structure animatrice n’est pas renseigné']),
      ...(filled(contact.email) || filled(contact.phone) ? [] : ['ni le courriel ni le téléphone de la structure animatrice ne sont renseignés']),
    ]),
  ]
  const missing = items.flatMap((entry) => entry.missing)
  return { items, complete: missing.length === 0, missing }
}

/**
 * The sentence refusing an opening: what is missing, in words. `creating`: the territory is being created directly
 * « ouvert », and is told to start « En préparation ». Pure.
 */
export const openingRefusal = (checklist: OpeningChecklist, { creating = false }: { creating?: boolean } = {}): string =>
  `${creating ? 'Créez d’abord le territoire « En préparation » : il ' : 'Le territoire '}ne peut pas encore ouvrir. Il manque : ${checklist.missing.join(' ; ')}.`
