import { isDeepStrictEqual } from 'node:util'

import type { OfferStatus } from './offerStatusTransitions'

type Doc = Record<string, unknown>

/**
 * Fields a partner may change on a published offer without an animator's review, because neither the
 * public site, nor the matching, nor the open data show them: the addresses that receive the requests
 * (the organisation's own staffing — delaying it would keep sending young people's contact details to a
 * professional who left). Everything else the offer says is reviewed before it goes live.
 */
export const FIELDS_WITHOUT_REVIEW = ['notificationEmails'] as const

/** Workflow and bookkeeping fields: not content (the status is decided by `partnerEditTarget`). */
const NOT_CONTENT = new Set<string>([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'status',
  'reviewedAt',
  'publishedAt',
  'reviewComment',
  ...FIELDS_WITHOUT_REVIEW,
])

/** Relationship fields, compared by id whether they come populated, as ids or as numeric strings. */
const RELATIONSHIPS = new Set(['partner', 'territory', 'theme', 'location.commune', 'coverage.communes'])

/** Group fields: a partial value in an edit keeps the sub-fields it leaves out (as Payload does). */
const GROUPS = ['location', 'coverage'] as const

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

const isPlainObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value)

function relationId(value: unknown): unknown {
  if (isPlainObject(value) && 'id' in value) return relationId(value.id)
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return value ?? null
}

/** One canonical form per meaning: null for empty, ids for relations, ISO dates, rows without their ids. */
function canonical(value: unknown, path: string): unknown {
  if (RELATIONSHIPS.has(path)) return Array.isArray(value) ? (value.length ? value.map(relationId) : null) : relationId(value)
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : value
  if (Array.isArray(value)) {
    if (!value.length) return null
    return value.map((item) => (isPlainObject(item) ? canonicalRow(item, path) : canonical(item, path)))
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([key, item]) => [key, canonical(item, `${path}.${key}`)] as const)
    return Object.fromEntries(entries.filter(([, item]) => item !== null))
  }
  return value
}

/** An array row: its `id` is storage, not content. */
function canonicalRow(row: Doc, path: string): unknown {
  const { id: _id, ...rest } = row
  return canonical(rest, path)
}

/** The content fields of an offer in canonical form (what a review is about). */
export function reviewedContent(offer: Doc): Doc {
  const content: Doc = {}
  for (const [key, value] of Object.entries(offer)) {
    if (NOT_CONTENT.has(key)) continue
    const item = canonical(value, key)
    if (item !== null) content[key] = item
  }
  return content
}

/** The reviewed fields whose content differs between two states of an offer. */
export function changedReviewedFields(live: Doc, next: Doc): string[] {
  const before = reviewedContent(live)
  const after = reviewedContent(next)
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].filter((key) => !isDeepStrictEqual(before[key], after[key])).sort()
}

/** What the offer becomes when `data` (a full or partial edit) is applied to its latest state. */
export function applyEdit(latest: Doc, data: Doc): Doc {
  const next: Doc = { ...latest, ...data }
  for (const group of GROUPS) {
    if (isPlainObject(latest[group]) && isPlainObject(data[group])) next[group] = { ...(latest[group] as Doc), ...(data[group] as Doc) }
  }
  return next
}

export type EditTarget =
  /** The offer is not public: the write goes where it was asked (live document or draft). */
  | { target: 'as-asked' }
  /** Written to the live document: a withdrawal, or nothing the public sees changes. */
  | { target: 'live'; status: OfferStatus }
  /** Saved as a pending version: the live document keeps its validated content until an animator publishes it. */
  | { target: 'draft'; status: OfferStatus; changed: string[] }

/**
 * Where a partner's edit of an offer goes. While the live (validated) document is published, an edit that
 * changes reviewed content becomes a pending version « soumise pour validation » (or stays « brouillon » when
 * the partner says so, e.g. after a refusal); archiving takes effect at once (withdrawing never needs a review);
 * an edit that leaves the reviewed content as it is live (notification addresses, a freshness check, undoing a
 * pending change) is written live and the offer stays « publiée ». Pure.
 */
export function partnerEditTarget(live: Doc | null, next: Doc): EditTarget {
  if (!live || live.status !== 'publiee') return { target: 'as-asked' }
  const asked = (next.status ?? 'publiee') as OfferStatus
  if (asked === 'archivee') return { target: 'live', status: 'archivee' }
  const changed = changedReviewedFields(live, next)
  if (!changed.length && (asked === 'publiee' || asked === 'soumise')) return { target: 'live', status: 'publiee' }
  return { target: 'draft', status: asked === 'brouillon' ? 'brouillon' : 'soumise', changed }
}

/** Whether the notification addresses of an edit differ from the live ones (they take effect without review). */
export function notificationEmailsChanged(live: Doc, data: Doc): boolean {
  if (!('notificationEmails' in data)) return false
  return !isDeepStrictEqual(canonical(live.notificationEmails, 'notificationEmails'), canonical(data.notificationEmails, 'notificationEmails'))
}
