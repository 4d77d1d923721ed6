import { create, type SeedContext } from './context'

export type ThemeSlug = 'emploi' | 'formation' | 'logement' | 'sante' | 'mobilite-internationale'

interface ThemeSeed {
  slug: ThemeSlug
  name: string
  description: string
  icon: 'briefcase' | 'book' | 'home' | 'heart' | 'globe'
  status: 'disponible' | 'bientot'
  subThemes: { slug: string; name: string }[]
}

export const THEMES: readonly ThemeSeed[] = [
  {
    slug: 'emploi',
    name: 'Emploi',
    description: 'Trouver un job, un premier emploi, une alternance ou un stage, ou te lancer dans ton propre projet.',
    icon: 'briefcase',
    status: 'disponible',
    subThemes: [
      { slug: 'trouver-un-emploi', name: 'Trouver un emploi' },
      { slug: 'alternance-stage', name: 'Alternance et stage' },
      { slug: 'creer-son-activite', name: 'Créer son activité' },
    ],
  },
  {
    slug: 'formation',
    name: 'Formation',
    description: 'Choisir ton orientation, te former à un métier ou reprendre tes études, avec quelqu’un pour t’aider à y voir clair.',
    icon: 'book',
    status: 'disponible',
    subThemes: [
      { slug: 'choisir-son-orientation', name: 'Choisir son orientation' },
      { slug: 'se-former', name: 'Se former à un métier' },
      { slug: 'reprendre-ses-etudes', name: 'Reprendre ses études' },
    ],
  },
  {
    slug: 'logement',
    name: 'Logement',
    description: 'Trouver un logement, payer ton loyer ou ta caution, ou trouver un toit rapidement si tu n’as pas de solution.',
    icon: 'home',
    status: 'disponible',
    subThemes: [
      { slug: 'trouver-un-logement', name: 'Trouver un logement' },
      { slug: 'aides-au-logement', name: 'Les aides au logement' },
      { slug: 'urgence', name: 'Besoin d’un toit en urgence' },
    ],
  },
  {
    slug: 'sante',
    name: 'Santé',
    description: 'Voir un médecin, parler à quelqu’un quand ça ne va pas, te protéger et être bien dans ton corps : c’est souvent gratuit.',
    icon: 'heart',
    status: 'disponible',
    subThemes: [
      { slug: 'acces-aux-soins', name: 'Se soigner et être remboursé' },
      { slug: 'sante-mentale', name: 'Santé mentale et bien-être' },
      { slug: 'sante-sexuelle', name: 'Vie affective et santé sexuelle' },
    ],
  },
  {
    slug: 'mobilite-internationale',
    name: 'Mobilité internationale',
    description: 'Partir étudier, travailler ou faire du volontariat à l’étranger, et trouver les aides pour financer ton projet.',
    icon: 'globe',
    status: 'bientot',
    subThemes: [
      { slug: 'etudier-a-l-etranger', name: 'Étudier à l’étranger' },
      { slug: 'travailler-a-l-etranger', name: 'Travailler ou faire un stage à l’étranger' },
      { slug: 'volontariat', name: 'Volontariat et engagement' },
    ],
  },
]

export type ThemeIds = Record<ThemeSlug, number>

export async function seedThemes(ctx: SeedContext): Promise<ThemeIds> {
  const ids = {} as ThemeIds
  for (const [index, theme] of THEMES.entries()) {
    const { id } = await create(ctx, 'themes', { ...theme, order: (index + 1) * 10 })
    ids[theme.slug] = id
  }
  ctx.log(`${THEMES.length} thèmes créés.`)
  return ids
}
