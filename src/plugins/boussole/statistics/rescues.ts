import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import type { Perimeter } from '@/domain/accounts/perimeter'
import type { RescueFigures } from '@/domain/statistics/rescues'
import type { Period } from '@/domain/statistics/rows'
import { shareOf } from '@/domain/statistics/shares'

import { perimeterCondition, territoriesCondition } from './perimeterSql'

/**
 * Rescued requests aggregated in PostgreSQL from the `lead-moves` trace joined to the request it moved, with
 * the domain's definitions (`domain/statistics/rescues.ts`): a move is followed by a first contact when the
 * request was taken or closed by an organisation at or after the move (the young person's own closing
 * excepted); the median runs from the move to that contact. Grouped by the organisation that received the
 * request, or by territory. An organisation sees the requests it received, an animator their territories.
 */
export type RescueGroup = 'partner' | 'territory'

const GROUP_COLUMNS: Record<RescueGroup, string> = { partner: 'm.to_partner_id', territory: 'm.territory_id' }

export interface RescueQuery {
  group: RescueGroup
  period: Period
  perimeter: Perimeter
  territoryIds?: number[]
}

/** The figures per receiving organisation or territory (its id) of the moves made within the period. */
export async function loadRescueFigures(payload: Payload, query: RescueQuery): Promise<Map<number, RescueFigures>> {
  const params: unknown[] = [query.period.from, query.period.to]
  const where = [
    'm.at >= $1',
    'm.at < $2',
    perimeterCondition(query.perimeter, { territory: 'm.territory_id', partner: 'm.to_partner_id' }, params),
    territoriesCondition(query.territoryIds, 'm.territory_id', params),
  ].join(' and ')
  const key = GROUP_COLUMNS[query.group]
  const { rows } = await poolOf(payload).query<{
    id: number
    moved: string
    reassigned: string
    forwarded: string
    taken: string
    median_hours: number | null
  }>(
    `select ${key} as id,
       count(*) as moved,
       count(*) filter (where m.kind = 'reassigned') as reassigned,
       count(*) filter (where m.kind = 'forwarded') as forwarded,
       count(c.contact) as taken,
       percentile_cont(0.5) within group (order by extract(epoch from c.contact - m.at)) / 3600 as median_hours
     from lead_moves m
     join leads l on l.id = m.lead_id
     cross join lateral (
       select least(
         case when l.timeline_taken_at >= m.at then l.timeline_taken_at end,
         case when l.timeline_closed_at >= m.at
                and not (coalesce(l.outcome = 'pas_interessee', false) and l.timeline_taken_at is null) then l.timeline_closed_at end
       ) as contact
     ) c
     where ${where}
     group by ${key}`,
    params,
  )
  return new Map(
    rows.map((row) => {
      const moved = Number(row.moved)
      const taken = Number(row.taken)
      return [
        Number(row.id),
        {
          moved,
          reassigned: Number(row.reassigned),
          forwarded: Number(row.forwarded),
          taken,
          takenShare: shareOf(taken, moved),
          medianHoursToContact: row.median_hours === null ? null : Number(row.median_hours),
        },
      ]
    }),
  )
}
