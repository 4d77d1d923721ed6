/** The only trace of the young person's age kept once their personal data is erased (values valid as GraphQL enum names). */
export const AGE_BANDS = [
  { value: 'age_15_17', label: '15 à 17 ans', min: 15, max: 17 },
  { value: 'age_18_25', label: '18 à 25 ans', min: 18, max: 25 },
  { value: 'age_26_30', label: '26 à 30 ans', min: 26, max: 30 },
] as const

export type AgeBand = (typeof AGE_BANDS)[number]['value']

/**
 * The age band of the answers' `age` (a whole number of years, as the questionnaire stores it), or null
 * when there is none or it falls outside 15–30 (an outlier would identify the person better than a band).
 */
export function ageBandOf(answers: unknown): AgeBand | null {
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return null
  const age = (answers as Record<string, unknown>).age
  if (typeof age !== 'number' || !Number.isInteger(age)) return null
  return AGE_BANDS.find((band) => age >= band.min && age <= band.max)?.value ?? null
}
