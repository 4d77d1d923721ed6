import { countBy } from './leadStatistics'
import type { SearchRow } from './rows'

export interface SearchesWithoutResults {
  total: number
  withoutResults: number
  byTheme: { theme: number; count: number }[]
  byCommune: { commune: number; count: number }[]
}

/** Searches that found no offer at all, by theme and by commune: the gaps in the offer. */
export function searchesWithoutResults(searches: readonly SearchRow[]): SearchesWithoutResults {
  const empty = searches.filter((search) => search.resultCount === 0)
  return {
    total: searches.length,
    withoutResults: empty.length,
    byTheme: countBy(empty, (search) => search.theme).map(({ key, count }) => ({ theme: key, count })),
    byCommune: countBy(empty, (search) => search.commune).map(({ key, count }) => ({ commune: key, count })),
  }
}
