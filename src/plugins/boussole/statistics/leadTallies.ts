import { poolOf } from '@/database/pool'
import type { LeadOutcome, LeadStatus } from '@/domain/leads/leadStatus'
import type { DelayState } from '@/domain/statistics/delayState'
import { monthBuckets, weekBuckets } from '@/domain/statistics/period'
import type { LeadTally } from '@/domain/statistics/tallies'

import { delayStateSql } from './delaySql'
import type { RowFilter, Viewer } from './loadRows'
import { perimeterCondition, territoriesCondition, viewerPerimeter } from './perimeterSql'

/**
 * The leads of a report counted in PostgreSQL, in one query with five GROUPING SETS: a year of national
 * activity (some fifty thousand leads) comes back as a few hundred tallies. The dimensions are the domain's
 * (`leadTallyOf` in `domain/statistics/tallies.ts`) written as SQL: the Paris month and week of creation (found
 * among the period's buckets by the instant each starts, `period.ts`), and the delay state at `now`
 * (`delaySql.ts`). Within the caller's perimeter, as the
 * leads' read access (`inPerimeter` on territory and organisation).
 */
export interface LeadTallySets {
  /** month × status × delay × asked × answer: the monthly series and every total */
  byMonth: LeadTally[]
  /** territory × status × delay × asked × answer: the territory comparison */
  byTerritory: LeadTally[]
  byWeek: LeadTally[]
  byTheme: LeadTally[]
  /** status × outcome */
  byOutcome: LeadTally[]
}

type SetName = keyof LeadTallySets

interface TallyRow {
  set: SetName
  /** index of the month / week bucket (1 = the first) */
  month: number | null
  week: number | null
  territory: number | null
  theme: number | null
  status: LeadStatus | null
  outcome: LeadOutcome | null
  delay: DelayState | null
  asked: boolean | null
  answer: 'oui' | 'non' | null
  count: string
}

const DIMENSIONS: Record<SetName, (keyof LeadTally)[]> = {
  byMonth: ['month', 'status', 'delay', 'asked', 'answer'],
  byTerritory: ['territory', 'status', 'delay', 'asked', 'answer'],
  byWeek: ['week'],
  byTheme: ['theme'],
  byOutcome: ['status', 'outcome'],
}

/** Memory for the query's sorts and hashes (PostgreSQL's default, 4 MB, spills a year of national leads to disk). */
const WORK_MEM = '32MB'

export async function loadLeadTallies(viewer: Viewer, filter: RowFilter & { period: NonNullable<RowFilter['period']> }, now: Date): Promise<LeadTallySets> {
  const months = monthBuckets(filter.period)
  const weeks = weekBuckets(filter.period)
  // Paris months and weeks by the instants they start (`width_bucket`, a binary search): no time zone per row.
  const params: unknown[] = [filter.period.from, filter.period.to, now, months.map((m) => m.start), weeks.map((w) => w.start)]
  const perimeter = await viewerPerimeter(viewer)
  const conditions = [
    'created_at >= $1',
    'created_at < $2',
    perimeterCondition(perimeter, { territory: 'territory_id', partner: 'partner_id' }, params),
    territoriesCondition(filter.territoryIds, 'territory_id', params),
  ]
  const client = await poolOf(viewer.payload).connect()
  let rows: TallyRow[]
  try {
    await client.query('begin read only')
    await client.query(`set local work_mem = '${WORK_MEM}'`)
    ;({ rows } = await client.query<TallyRow>(
      `select
         case grouping(month, week, territory, theme, outcome)
           when 15 then 'byMonth' when 27 then 'byTerritory' when 23 then 'byWeek' when 29 then 'byTheme' else 'byOutcome' end as set,
         month, week, territory, theme, status, outcome, delay, asked, answer, count(*) as count
       from (
         select width_bucket(created_at, $4::timestamptz[]) as month, width_bucket(created_at, $5::timestamptz[]) as week,
           territory_id as territory, theme_id as theme, status::text as status, outcome::text as outcome,
           ${delayStateSql('$3')} as delay,
           (timeline_follow_up_sent_at is not null or timeline_contacted_according_to_young_person is not null) as asked,
           timeline_contacted_according_to_young_person::text as answer
         from leads where ${conditions.join(' and ')}
       ) t
       group by grouping sets ((month, status, delay, asked, answer), (territory, status, delay, asked, answer), (week), (theme), (status, outcome))`,
      params,
    ))
    await client.query('commit')
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
  const sets: LeadTallySets = { byMonth: [], byTerritory: [], byWeek: [], byTheme: [], byOutcome: [] }
  const keyOf = { month: (index: number) => months[index - 1]?.key, week: (index: number) => weeks[index - 1]?.key }
  for (const row of rows) {
    const tally: LeadTally = { count: Number(row.count) }
    for (const dimension of DIMENSIONS[row.set]) {
      const value = row[dimension as keyof TallyRow]
      const field = tally as unknown as Record<string, unknown>
      if (dimension === 'month' || dimension === 'week') field[dimension] = keyOf[dimension](Number(value))
      else if (dimension === 'territory' || dimension === 'theme') field[dimension] = Number(value)
      else field[dimension] = value
    }
    sets[row.set].push(tally)
  }
  return sets
}
