import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { idOf } from '@/domain/shared/ids'
import type { LeadRow, Period, SearchRow } from '@/domain/statistics/rows'
import type { Lead, User } from '@/payload-types'

/**
 * The query layer: loads the rows the CALLER may see (Local API with `overrideAccess: false` and the
 * caller as `user`), so the access rules scope every figure. A partner sees their organisation's leads,
 * an animator the leads and searches of their territories, a national admin everything.
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

function whereOf(filter: RowFilter, extra: Where[] = []): Where {
  const and: Where[] = [...extra]
  if (filter.territoryIds) and.push({ territory: { in: filter.territoryIds.length ? filter.territoryIds : [-1] } })
  if (filter.period) {
    and.push({ createdAt: { greater_than_equal: filter.period.from.toISOString() } })
    and.push({ createdAt: { less_than: filter.period.to.toISOString() } })
  }
  return and.length ? { and } : {}
}

/** Read as the caller; no access at all reads as nothing (not an error). */
const scoped = (viewer: Viewer) => ({ overrideAccess: false, disableErrors: true, user: viewer.user, ...(viewer.req ? { req: viewer.req } : {}) })

const LEAD_SELECT = {
  createdAt: true,
  dueAt: true,
  status: true,
  outcome: true,
  territory: true,
  partner: true,
  theme: true,
  offer: true,
  timeline: true,
} as const

/** A lead as the Local API returns it with LEAD_SELECT at depth 0. */
function toLeadRow(doc: Pick<Lead, 'id' | keyof typeof LEAD_SELECT>): LeadRow {
  return {
    id: doc.id,
    createdAt: doc.createdAt,
    dueAt: doc.dueAt ?? null,
    status: doc.status,
    outcome: doc.outcome ?? null,
    territory: idOf(doc.territory),
    partner: idOf(doc.partner),
    theme: idOf(doc.theme),
    offer: doc.offer ? idOf(doc.offer) : null,
    timeline: {
      takenAt: doc.timeline?.takenAt ?? null,
      closedAt: doc.timeline?.closedAt ?? null,
      followUpSentAt: doc.timeline?.followUpSentAt ?? null,
      followUpAnsweredAt: doc.timeline?.followUpAnsweredAt ?? null,
      contactedAccordingToYoungPerson: doc.timeline?.contactedAccordingToYoungPerson ?? null,
      anonymizedAt: doc.timeline?.anonymizedAt ?? null,
    },
  }
}

/** Leads the caller may read, as plain rows. */
export async function loadLeadRows(viewer: Viewer, filter: RowFilter = {}, extra: Where[] = []): Promise<LeadRow[]> {
  const { docs } = await viewer.payload.find({
    collection: 'leads',
    where: whereOf(filter, extra),
    select: LEAD_SELECT,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    ...scoped(viewer),
  })
  return docs.map((doc) => toLeadRow(doc))
}

/** Leads not closed yet (whatever their age): what is still to do, and what is overdue now. */
export const loadOpenLeadRows = (viewer: Viewer, filter: Omit<RowFilter, 'period'> = {}): Promise<LeadRow[]> =>
  loadLeadRows(viewer, filter, [{ status: { not_equals: 'cloturee' } }])

/** Searches the caller may read (staff only: partners get none), as plain rows. */
export async function loadSearchRows(viewer: Viewer, filter: RowFilter = {}): Promise<SearchRow[]> {
  const { docs } = await viewer.payload.find({
    collection: 'searches',
    where: whereOf(filter),
    select: { createdAt: true, territory: true, theme: true, commune: true, resultCount: true },
    depth: 0,
    pagination: false,
    ...scoped(viewer),
  })
  return docs.map((doc) => ({
    createdAt: doc.createdAt,
    territory: doc.territory ? idOf(doc.territory) : null,
    theme: idOf(doc.theme),
    commune: idOf(doc.commune),
    resultCount: doc.resultCount,
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
