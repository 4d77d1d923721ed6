import { countBy } from './leadStatistics'
import { sumOf, type SearchTally } from './tallies'

export interface SearchesWithoutResults {
  total: number
  withoutResults: number
  byTheme: { theme: number; count: number }[]
  byCommune: { commune: number; count: number }[]
}

/**
 * Searches that found no offer at all, by theme and by commune: the gaps in the offer. The totals come from
 * `tallies`; the breakdowns from the tallies grouped by theme and by commune when the query layer groups
 * them apart (the same tallies otherwise).
 */
export function searchesWithoutResults(
  tallies: readonly SearchTally[],
  byTheme: readonly SearchTally[] = tallies,
  byCommune: readonly SearchTally[] = tallies,
): SearchesWithoutResults {
  const withoutResults = (tally: SearchTally) => tally.withoutResults
  return {
    total: sumOf(tallies),
    withoutResults: tallies.reduce((sum, tally) => sum + tally.withoutResults, 0),
    byTheme: countBy(byTheme, (tally) => (tally.withoutResults ? tally.theme : null), withoutResults).map(({ key, count }) => ({ theme: key, count })),
    byCommune: countBy(byCommune, (tally) => (tally.withoutResults ? tally.commune : null), withoutResults).map(({ key, count }) => ({
      commune: key,
      count,
    })),
  }
}
