import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { poolOf } from '@/database/pool'
import type { LeadRow, Period } from '@/domain/statistics/rows'
import type { User } from '@/payload-types'

import { overdueNowSql } from './delaySql'
import { perimeterCondition, territoriesCondition, viewerPerimeter } from './perimeterSql'

/**
 * The query layer: reads what the CALLER may see, in their perimeter (`perimeterSql.ts`, the same as the
 * collections' read access): a partner sees their organisation's leads, an animator the leads and searches
 * of their territories, a national admin everything. Figures are counted in PostgreSQL (`leadTallies.ts`,
 * `searchTallies.ts`); only the open leads are read one by one.
 */
export interface Viewer {
  payload: Payload
  user: User
  /** the current request, to share the caller's perimeter (cached per request) */
  req?: PayloadRequest
}

export interface RowFilter {
  /** only these territories (still within the caller's perimeter) */
  territoryIds?: number[]
  /** only rows created within the period */
  period?: Period
}

interface OpenLeadRecord {
  id: number
  created_at: Date
  due_at: Date | null
  status: LeadRow['status']
  territory_id: number
  partner_id: number
  theme_id: number
  offer_id: number | null
  timeline_taken_at: Date | null
  timeline_closed_at: Date | null
  timeline_follow_up_sent_at: Date | null
  timeline_follow_up_answered_at: Date | null
  timeline_contacted_according_to_young_person: 'oui' | 'non' | null
  timeline_anonymized_at: Date | null
}

export interface OpenLeadFilter extends Omit<RowFilter, 'period'> {
  /** only the leads « hors délai » at this instant (what the cockpit and the national figures list) */
  overdueAt?: Date
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null)

/**
 * Leads not closed yet (whatever their age), one row each: what is still to do, and what is overdue now.
 * Read in SQL within the caller's perimeter (the leads' read access: their territories, or their
 * organisation), in order of creation; no contact data is read.
 */
export async function loadOpenLeadRows(viewer: Viewer, filter: OpenLeadFilter = {}): Promise<LeadRow[]> {
  const params: unknown[] = []
  const perimeter = await viewerPerimeter(viewer)
  const conditions = [
    "status <> 'cloturee'",
    perimeterCondition(perimeter, { territory: 'territory_id', partner: 'partner_id' }, params),
    territoriesCondition(filter.territoryIds, 'territory_id', params),
  ]
  if (filter.overdueAt) {
    params.push(filter.overdueAt)
    conditions.push(overdueNowSql(`$${params.length}`))
  }
  const { rows } = await poolOf(viewer.payload).query<OpenLeadRecord>(
    `select id, created_at, due_at, status, territory_id, partner_id, theme_id, offer_id, timeline_taken_at, timeline_closed_at,
       timeline_follow_up_sent_at, timeline_follow_up_answered_at, timeline_contacted_according_to_young_person, timeline_anonymized_at
     from leads where ${conditions.join(' and ')} order by created_at, id`,
    params,
  )
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at.toISOString(),
    dueAt: iso(row.due_at),
    status: row.status,
    outcome: null,
    territory: row.territory_id,
    partner: row.partner_id,
    theme: row.theme_id,
    offer: row.offer_id,
    timeline: {
      takenAt: iso(row.timeline_taken_at),
      closedAt: iso(row.timeline_closed_at),
      followUpSentAt: iso(row.timeline_follow_up_sent_at),
      followUpAnsweredAt: iso(row.timeline_follow_up_answered_at),
      contactedAccordingToYoungPerson: row.timeline_contacted_according_to_young_person,
      anonymizedAt: iso(row.timeline_anonymized_at),
    },
  }))
}

/**
 * Display names of documents the rows point to (themes, territories, organisations, communes, offers).
 * The ids come from rows the caller may already see, so only names are read here, whatever the access.
 */
export async function loadNames(payload: Payload, collection: CollectionSlug, ids: Iterable<number>, field = 'name'): Promise<Map<number, string>> {
  const unique = [...new Set(ids)].filter((id) => Number.isFinite(id))
  if (!unique.length) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: unique } },
    select: { [field]: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [Number(doc.id), String((doc as unknown as Record<string, unknown>)[field] ?? `#${doc.id}`)]))
}
