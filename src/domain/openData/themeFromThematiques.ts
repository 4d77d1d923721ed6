import { THEMATIQUES_BY_THEME } from './thematiques'

/**
 * data·inclusion thématiques → Boussole theme and sub-theme: the publication's table (thematiques.ts) read in
 * reverse. The theme comes from each thématique's category (« trouver-un-emploi--… » → Emploi); the sub-theme is
 * the one of that theme whose published thématiques share the most with the service (none: no sub-theme).
 */
export const THEME_BY_CATEGORY: Record<string, string> = {
  'trouver-un-emploi': 'emploi',
  'preparer-sa-candidature': 'emploi',
  'creer-une-entreprise': 'emploi',
  'choisir-un-metier': 'formation',
  'se-former': 'formation',
  'logement-hebergement': 'logement',
  sante: 'sante',
  'souvrir-a-linternational': 'mobilite-internationale',
}

export interface ThemeChoice {
  themeSlug: string
  subTheme: string | null
}

const categoryOf = (thematique: string): string => thematique.split('--')[0]

/**
 * The theme of a service. Among the themes its thématiques point to, the first one `isOpen` accepts (opened
 * in the territory), else the most frequent; null when no thématique maps to a Boussole theme.
 */
export function themeFromThematiques(thematiques: readonly string[], isOpen: (themeSlug: string) => boolean = () => true): ThemeChoice | null {
  const counts = new Map<string, number>()
  for (const thematique of thematiques) {
    const slug = THEME_BY_CATEGORY[categoryOf(thematique)]
    if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  }
  if (!counts.size) return null
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([slug]) => slug)
  const themeSlug = ranked.find(isOpen) ?? ranked[0]

  let best: { subTheme: string | null; shared: number } = { subTheme: null, shared: 0 }
  for (const [subTheme, published] of Object.entries(THEMATIQUES_BY_THEME[themeSlug]?.bySubTheme ?? {})) {
    const shared = thematiques.filter((thematique) => (published as readonly string[]).includes(thematique)).length
    if (shared > best.shared) best = { subTheme, shared }
  }
  return { themeSlug, subTheme: best.subTheme }
}
