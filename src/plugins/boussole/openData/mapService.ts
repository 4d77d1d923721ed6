import { toE164 } from '@/domain/contact/phone'
import { explainMatch } from '@/domain/matching/explainMatch'
import type { EligibilityRule } from '@/domain/matching/types'
import type { Question } from '@/domain/questionnaire/types'
import { parisDay } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'
import { richTextToPlainText } from '@/domain/shared/richTextToPlainText'

import { DATA_INCLUSION_SOURCE, DESCRIPTION_LENGTH, type DataInclusionAddress, type DataInclusionService, type Public } from './schema'
import { thematiquesFor } from './thematiques'

/** A place as data·inclusion describes it. */
export interface PlaceFields {
  adresse: string | null
  commune: string | null
  code_insee: string | null
  code_postal: string | null
}

/** The address keys of a service or a structure. */
export const addressFields = (place: PlaceFields | null): DataInclusionAddress => ({
  commune: place?.commune ?? null,
  code_postal: place?.code_postal ?? null,
  code_insee: place?.code_insee ?? null,
  adresse: place?.adresse ?? null,
  complement_adresse: null,
  longitude: null,
  latitude: null,
})

/** What the mapping needs to know about one published offer (already read with public access). */
export interface ServiceSource {
  offer: {
    id: number
    title: string
    summary: string
    description?: unknown
    benefits?: string | null
    subTheme?: string | null
    contactDelayDays: number
    remote: boolean
    rules: EligibilityRule[]
    updatedAt: string
  }
  themeSlug: string | null
  partner: {
    id: number
    name: string
    contactsPublic: boolean
    publicPhone?: string | null
    publicEmail?: string | null
  }
  /** Where the service is delivered: the offer's place, else the organisation's; null when unknown. */
  place: PlaceFields | null
  /** data·inclusion codes, already compacted (see compactZone). */
  zone: string[]
  /** The questions of the applicable questionnaire, to phrase the conditions. */
  questions: readonly Question[]
  /** Public address of the site, without trailing slash. */
  siteUrl: string
}

/** data·inclusion names may not end with a full stop. */
export const cleanName = (name: string): string => name.trim().replace(/[.\s]+$/, '')

const truncate = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`)

const YOUNG_PEOPLE_AGES = 'Jeunes de 15 à 30 ans'

/** `jeunes` always; more precise publics when a rule restricts the offer to them. */
export function publicsFor(rules: readonly EligibilityRule[]): Public[] {
  const publics: Public[] = ['jeunes']
  const accepted = (criterion: string) => rules.find((rule) => rule.criterion === criterion)?.values ?? []
  const situations = accepted('situation')
  if (situations.includes('demandeur_emploi')) publics.push('demandeurs-emploi')
  if (situations.includes('etudiant')) publics.push('etudiants')
  const handicap = accepted('handicap')
  if (handicap.length === 1 && handicap[0] === 'oui') publics.push('personnes-en-situation-de-handicap')
  return publics
}

function descriptionOf(offer: ServiceSource['offer']): string {
  const parts = [offer.summary.trim(), richTextToPlainText(offer.description), offer.benefits ? `Ce que le jeune obtient : ${offer.benefits.trim()}` : '']
  return truncate(parts.filter(Boolean).join('\n\n'), DESCRIPTION_LENGTH.max)
}

/**
 * A published offer as a data·inclusion v1 service. Public information only: the organisation's phone
 * and email only when it chose to publish them, never the professional contacts nor the notification
 * addresses of the offer.
 */
export function toDataInclusionService(source: ServiceSource): DataInclusionService {
  const { offer, partner, place } = source
  const telephone = partner.contactsPublic ? toE164(partner.publicPhone) : null
  const courriel = partner.contactsPublic && partner.publicEmail ? partner.publicEmail : null
  const link = `${source.siteUrl}/offre/${offer.id}`
  const conditions = explainMatch(offer.rules, source.questions)

  const modesAccueil: DataInclusionService['modes_accueil'] = []
  if (place && (place.adresse || place.code_insee)) modesAccueil.push('en-presentiel')
  if (offer.remote) modesAccueil.push('a-distance')

  const modesMobilisation: NonNullable<DataInclusionService['modes_mobilisation']> = ['utiliser-lien-mobilisation']
  if (telephone) modesMobilisation.push('telephoner')
  if (courriel) modesMobilisation.push('envoyer-un-courriel')

  return {
    source: DATA_INCLUSION_SOURCE,
    structure_id: String(partner.id),
    id: String(offer.id),
    nom: cleanName(offer.title),
    description: descriptionOf(offer),
    date_maj: parisDay(offer.updatedAt),
    type: null,
    thematiques: thematiquesFor(source.themeSlug, offer.subTheme),
    frais: null,
    frais_precisions: null,
    publics: publicsFor(offer.rules),
    publics_precisions: YOUNG_PEOPLE_AGES,
    conditions_acces: conditions.length ? `${conditions.join(' ; ')}.` : null,
    ...addressFields(place),
    telephone,
    courriel,
    contact_nom_prenom: null,
    lien_source: link,
    modes_accueil: modesAccueil.length ? modesAccueil : null,
    zone_eligibilite: source.zone.length ? [...source.zone] : null,
    lien_mobilisation: link,
    modes_mobilisation: modesMobilisation,
    mobilisable_par: ['usagers'],
    mobilisation_precisions:
      `Le ou la jeune demande à être contacté(e) depuis la Boussole des jeunes (courriel ou numéro de mobile) : ` +
      `un ou une professionnelle de ${partner.name} le ou la recontacte sous ${formatDays(offer.contactDelayDays)}.`,
    volume_horaire_hebdomadaire: null,
    nombre_semaines: null,
    horaires_accueil: null,
  }
}
