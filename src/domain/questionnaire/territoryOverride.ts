/**
 * « Dupliquer pour mon territoire »: an animator starts their territory's own questionnaire from the national
 * one. Which of their territories may start one (a territory has at most one questionnaire per theme: one
 * that has it already is offered as a link instead), the copy's title, and the copy of the questions.
 */

export interface TerritoryChoice {
  id: number
  name: string
  /** The territory's own questionnaire for the theme, when it exists. */
  existingId: number | null
}

/** Each territory the animator runs, with the questionnaire it already has for the theme (if any), by name. */
export function overrideChoices(
  territories: readonly { id: number; name: string }[],
  overrides: readonly { id: number; territory: number | null }[],
): TerritoryChoice[] {
  return [...territories]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((territory) => ({ ...territory, existingId: overrides.find((override) => override.territory === territory.id)?.id ?? null }))
}

const TITLE_MAX = 120

/** « Questionnaire Emploi — Grand Reims » (within the title's 120 characters). */
export function overrideTitle(nationalTitle: string, territoryName: string): string {
  const suffix = ` — ${territoryName.trim()}`
  const base = nationalTitle.trim()
  return base.length + suffix.length <= TITLE_MAX ? `${base}${suffix}` : `${base.slice(0, TITLE_MAX - suffix.length - 1).trimEnd()}…${suffix}`
}
