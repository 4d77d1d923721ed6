import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import type { Perimeter } from '@/domain/accounts/perimeter'
import { responsivenessWindow, type ResponsivenessCounts } from '@/domain/statistics/responsiveness'

import { perimeterCondition, territoriesCondition } from './perimeterSql'

/**
 * Responsiveness aggregated in PostgreSQL (one grouped query, no row loaded into Node), with the domain's
 * definitions (`domain/statistics/responsiveness.ts`) written as SQL: the wait begins at the move or the
 * creation; the first action is the earliest of taken / closed since then, a closing by the young person
 * (« plus intéressé(e) », never taken) excepted; late = first action after dueAt, or still waiting (or
 * closed by the young person) past it; median over the requests that had a first action.
 */
export type ResponsivenessGroup = 'offer' | 'partner' | 'territory'

const GROUP_COLUMNS: Record<ResponsivenessGroup, string> = { offer: 'offer_id', partner: 'partner_id', territory: 'territory_id' }

export interface ResponsivenessQuery {
  group: ResponsivenessGroup
  now: Date
  perimeter: Perimeter
  /** only these territories (within the perimeter) */
  territoryIds?: number[]
  /** only this organisation (the public offer page) */
  partnerId?: number
}

const WAITS = (where: string) => `
  select l.*, least(
      case when l.timeline_taken_at >= l.started then l.timeline_taken_at end,
      case when l.timeline_closed_at >= l.started and not l.by_young_person then l.timeline_closed_at end
    ) as first_action
  from (
    select offer_id, partner_id, territory_id, due_at, timeline_taken_at, timeline_closed_at,
      coalesce(timeline_moved_at, created_at) as started,
      (coalesce(outcome = 'pas_interessee', false) and timeline_taken_at is null and timeline_closed_at is not null) as by_young_person
    from leads
    where ${where}
  ) l`

/** The counts per offer, organisation or territory (its id), of the requests whose wait began in the last 90 days. */
export async function loadResponsivenessCounts(payload: Payload, query: ResponsivenessQuery): Promise<Map<number, ResponsivenessCounts>> {
  const window = responsivenessWindow(query.now)
  const params: unknown[] = [window.from, window.to, query.now]
  const conditions = [
    'coalesce(timeline_moved_at, created_at) >= $1',
    'coalesce(timeline_moved_at, created_at) < $2',
    perimeterCondition(query.perimeter, { territory: 'territory_id', partner: 'partner_id' }, params),
    territoriesCondition(query.territoryIds, 'territory_id', params),
  ]
  if (query.partnerId !== undefined) {
    params.push(query.partnerId)
    conditions.push(`partner_id = $${params.length}`)
  }
  const key = GROUP_COLUMNS[query.group]
  const { rows } = await poolOf(payload).query<{ id: number; requests: string; in_time: string; late: string; median_hours: number | null }>(
    `select w.${key} as id,
       count(*) as requests,
       count(*) filter (where first_action is not null and (due_at is null or first_action <= due_at)) as in_time,
       count(*) filter (where (first_action is not null and first_action > due_at)
                           or (first_action is null and due_at < coalesce(timeline_closed_at, $3::timestamptz))) as late,
       percentile_cont(0.5) within group (order by extract(epoch from first_action - started)) / 3600 as median_hours
     from (${WAITS(conditions.join(' and '))}) w
     group by w.${key}`,
    params,
  )
  return new Map(
    rows.map((row) => [
      Number(row.id),
      {
        requests: Number(row.requests),
        inTime: Number(row.in_time),
        late: Number(row.late),
        medianHours: row.median_hours === null ? null : Number(row.median_hours),
      },
    ]),
  )
}
