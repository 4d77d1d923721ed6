import { idsOf } from '@/domain/shared/ids'

/** The territory's own questionnaire for the theme when it has one, otherwise the national template (no territory). Pure. */
export function applicableQuestionnaire<T extends { theme: unknown; territory?: unknown }>(
  questionnaires: readonly T[],
  themeId: number,
  territoryId: number,
): T | undefined {
  const ofTheme = questionnaires.filter((questionnaire) => idsOf([questionnaire.theme])[0] === themeId)
  return ofTheme.find((questionnaire) => idsOf([questionnaire.territory])[0] === territoryId) ?? ofTheme.find((questionnaire) => !questionnaire.territory)
}
