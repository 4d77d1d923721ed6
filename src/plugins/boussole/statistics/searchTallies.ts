import { poolOf } from '@/database/pool'
import { dayKey } from '@/domain/statistics/calendar'
import { fullMonths, monthBuckets } from '@/domain/statistics/period'
import type { SearchTally } from '@/domain/statistics/tallies'

import type { RowFilter, Viewer } from './loadRows'
import { perimeterCondition, territoriesCondition, viewerPerimeter } from './perimeterSql'

/**
 * The searches of a report, counted from the per-day counts PostgreSQL keeps beside them
 * (`search_day_counts` and `search_day_gaps`, maintained by triggers: see their migration), so a year of
 * national searches is a few thousand rows summed rather than a million read (`search_month_counts` for the months
 * the period covers whole). A period starts
 * and ends at Paris midnights (what `period.ts` builds), so whole days are exact; a day's month is found among the
 * period's months by the day each starts (`width_bucket`). Staff only, within their
 * territories, as the searches' read access: an organisation sees none.
 */
export interface SearchTallySets {
  byMonth: SearchTally[]
  byTerritory: SearchTally[]
  byTheme: SearchTally[]
  /** searches without any result, per commune (the `communeLimit` communes with the most, when given) */
  byCommune: SearchTally[]
  /** communes with at least one search without result (all of them, whatever the limit) */
  communesWithoutResults: number
}

const none = (): SearchTallySets => ({ byMonth: [], byTerritory: [], byTheme: [], byCommune: [], communesWithoutResults: 0 })

export async function loadSearchTallies(
  viewer: Viewer,
  filter: RowFilter & { period: NonNullable<RowFilter['period']> },
  communeLimit?: number,
): Promise<SearchTallySets> {
  const perimeter = await viewerPerimeter(viewer)
  if (perimeter.kind === 'partner' || perimeter.kind === 'none') return none()
  const months = monthBuckets(filter.period)
  const from = dayKey(filter.period.from)
  const to = dayKey(filter.period.to)
  /** The caller's territories, their parameters added to `values`. */
  const inScope = (values: unknown[]) =>
    [
      perimeterCondition(perimeter, { territory: 'territory_id', partner: 'null' }, values),
      territoriesCondition(filter.territoryIds, 'territory_id', values),
    ].join(' and ')
  const params: unknown[] = [from, to, months.map((month) => `${month.key}-01`), fullMonths(months, from, to)]
  const scope = inScope(params)
  const gapParams: unknown[] = [from, to]
  const gapScope = inScope(gapParams)
  const pool = poolOf(viewer.payload)
  const [counts, gaps] = await Promise.all([
    pool.query<{
      set: 'byMonth' | 'byTerritory' | 'byTheme'
      month: number | null
      territory: number | null
      theme: number | null
      count: string
      without_results: string
    }>(
      // The months the period covers whole from the monthly counts, the other days from the daily ones.
      `select case grouping(month, territory_id, theme_id) when 3 then 'byMonth' when 5 then 'byTerritory' else 'byTheme' end as set,
         month, territory_id as territory, theme_id as theme, sum(searches) as count, sum(without_results) as without_results
       from (
         select width_bucket(month, $3::date[]) as month, territory_id, theme_id, searches, without_results
         from search_month_counts where month = any($4::date[]) and ${scope}
         union all
         select width_bucket(day, $3::date[]), territory_id, theme_id, searches, without_results
         from search_day_counts
         where day >= $1::date and day < $2::date and ${scope} and not (day - (extract(day from day)::int - 1) = any($4::date[]))
       ) d
       group by grouping sets ((month), (territory_id), (theme_id))`,
      params,
    ),
    pool.query<{ commune: number; count: string; communes: string }>(
      `select commune_id as commune, sum(searches) as count, count(*) over () as communes
       from search_day_gaps where day >= $1::date and day < $2::date and ${gapScope} group by commune_id having sum(searches) > 0
       order by sum(searches) desc, commune_id ${communeLimit === undefined ? '' : `limit ${Math.max(0, Math.floor(communeLimit))}`}`,
      gapParams,
    ),
  ])
  const sets: SearchTallySets = { byMonth: [], byTerritory: [], byTheme: [], byCommune: [], communesWithoutResults: Number(gaps.rows[0]?.communes ?? 0) }
  for (const row of counts.rows) {
    const tally: SearchTally = { count: Number(row.count), withoutResults: Number(row.without_results) }
    if (row.set === 'byMonth') tally.month = months[Number(row.month) - 1]?.key
    if (row.set === 'byTerritory') tally.territory = row.territory
    if (row.set === 'byTheme') tally.theme = Number(row.theme)
    sets[row.set].push(tally)
  }
  for (const row of gaps.rows) sets.byCommune.push({ count: Number(row.count), withoutResults: Number(row.count), commune: Number(row.commune) })
  return sets
}
