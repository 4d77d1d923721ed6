import { idsOf } from '@/domain/shared/ids'

/**
 * The territory's own questionnaire for the theme when it has one, otherwise the national template (no territory).
 * `territoryId` null: a territory not created yet, which only the national template can serve. Pure.
 */
export function applicableQuestionnaire<T extends { theme: unknown; territory?: unknown }>(
  questionnaires: readonly T[],
  themeId: number,
  territoryId: number | null,
): T | undefined {
  const ofTheme = questionnaires.filter((questionnaire) => idsOf([questionnaire.theme])[0] === themeId)
  return ofTheme.find((questionnaire) => idsOf([questionnaire.territory])[0] === territoryId) ?? ofTheme.find((questionnaire) => !questionnaire.territory)
}
