import { APIError } from 'payload'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { checkRole } from '@/domain/accounts/roles'
import type { OfferStatus } from '@/domain/offers/offerStatusTransitions'
import { applyEdit, notificationEmailsChanged, partnerEditTarget } from '@/domain/offers/publishedOfferEdits'

/**
 * Payload's drafts carry « what is published is what was validated »: the offer's live document (what the
 * public site, the matching, the open data and the lead intake read: `draft: false`, the `offers` table) is
 * only written by its territory's staff, or by the organisation when nothing the public sees changes; a
 * partner's edit of a published offer is saved as a draft version (`_offers_v`, `latest`) that waits in the
 * validation queue. The routing is decided here, before access and validation, whatever the channel (Local
 * API, REST `?draft=false`, `_status: 'published'`, GraphQL): Payload's own `draft` argument and `_status`
 * are overwritten for partners.
 */

type Doc = Record<string, unknown>

/** Per-request notes from the routing to the later hooks, by offer id. */
export interface RoutingNotes {
  /** The status a transition is checked from when the live document is written over a pending version. */
  transitionFrom: Record<string, OfferStatus>
  /** Offers whose notification addresses are to be written to the live document after a pending version was saved. */
  liveEmails: Record<string, true>
  /** Whether the current write (create, update or version restore) saves a draft version rather than the live document. */
  draftWrite?: boolean
}

const NOTES_KEY = 'boussoleOfferRouting'

export function routingNotes(req: PayloadRequest): RoutingNotes {
  const context = req.context as Record<string, unknown>
  const existing = context[NOTES_KEY] as RoutingNotes | undefined
  if (existing) return existing
  const notes: RoutingNotes = { transitionFrom: {}, liveEmails: {} }
  context[NOTES_KEY] = notes
  return notes
}

/** Signed-in people outside the territory's staff (partners): their writes are routed. */
const isRouted = (req: PayloadRequest) => Boolean(req.user) && !checkRole(['admin', 'animator'], req.user)

const REFUSED_RESTORE = 'Restaurer une version en ligne revient à l’animation du territoire : restaurez-la comme brouillon, elle sera soumise pour validation.'

export const routeOfferWrites: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'restoreVersion') {
    routingNotes(req).draftWrite = Boolean(args.draft)
    // Payload reads `draft` before this hook runs: a partner's restore can only be refused, not rerouted.
    if (isRouted(req) && !args.draft) throw new APIError(REFUSED_RESTORE, 403, null, true)
    return args
  }
  if (operation !== 'update' && operation !== 'create') return args
  const data: Doc = { ...((args.data as Doc | undefined) ?? {}) }
  const id = operation === 'update' ? (args as { id?: number | string }).id : undefined
  const notes = routingNotes(req)
  if (id !== undefined) {
    delete notes.transitionFrom[String(id)]
    delete notes.liveEmails[String(id)]
  }
  let draft = Boolean(args.draft)

  if (!isRouted(req) && req.user && operation === 'update' && id !== undefined && !draft) {
    // The staff write the live document over a pending version (Payload starts from the latest version): they
    // validate it, and the offer stays « publiée » rather than taking the pending version's « soumise ».
    const read = { collection: 'offers', id, depth: 0, overrideAccess: true, req, disableErrors: true } as const
    const latest = (await req.payload.findByID({ ...read, draft: true })) as Doc | null
    if (latest?._status === 'draft') {
      const live = (await req.payload.findByID({ ...read, draft: false })) as Doc | null
      const next = applyEdit(latest, data)
      if (live?.status === 'publiee' && (next.status === 'soumise' || next.status === 'brouillon')) data.status = 'publiee'
    }
  }

  if (isRouted(req) && operation === 'update') {
    if (id === undefined) {
      // Bulk edits by a partner are always drafts: they never reach a live document.
      draft = true
    } else {
      const read = { collection: 'offers', id, depth: 0, overrideAccess: true, req, disableErrors: true } as const
      const live = (await req.payload.findByID({ ...read, draft: false })) as Doc | null
      const latest = (await req.payload.findByID({ ...read, draft: true })) as Doc | null
      const routing = live && latest ? partnerEditTarget(live, applyEdit(latest, data)) : ({ target: 'as-asked' } as const)
      if (routing.target === 'live') {
        draft = false
        data.status = routing.status
        notes.transitionFrom[String(id)] = live!.status as OfferStatus
      } else if (routing.target === 'draft') {
        draft = true
        data.status = routing.status
        if (notificationEmailsChanged(live!, data)) notes.liveEmails[String(id)] = true
      } else if (data._status === 'published') {
        // Not public yet: the write may land on the live document, but `_status` is Payload's, not the caller's.
        draft = false
      }
    }
  }

  // `_status` follows where the write lands: a draft version, or the live (published) document.
  if (draft && isRouted(req)) data._status = 'draft'
  else if (!draft) delete data._status
  // Staff may still publish with `draft: true` and `_status: 'published'` (Payload's own semantics).
  notes.draftWrite = draft && data._status !== 'published'
  return { ...args, data, draft }
}

/**
 * The live document's `_status` is always « published » (the public read access requires it, so a draft
 * version is never served to the public, even with `?draft=true`), whatever the caller or the field's
 * default (« draft ») says; a draft version's is « draft ». Writes without a user (seed, imports run by the
 * system) go through `routeOfferWrites` too.
 */
export const markLiveWrites: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!data) return data
  data._status = routingNotes(req).draftWrite ? 'draft' : 'published'
  return data
}

/**
 * The notification addresses take effect without review (see `FIELDS_WITHOUT_REVIEW`): after a partner's
 * pending version is saved, they are also written to the live document, in the same transaction.
 */
export const applyLiveNotificationEmails: CollectionAfterChangeHook = async ({ doc, req }) => {
  const notes = routingNotes(req)
  if (!notes.liveEmails[String(doc.id)]) return doc
  delete notes.liveEmails[String(doc.id)]
  // The rows as saved in the pending version (validated, with their ids), copied onto the live document.
  const rows = ((doc.notificationEmails ?? []) as { id?: string; email: string }[]).map((row) => ({ id: row.id, email: row.email }))
  await req.payload.db.updateOne({ collection: 'offers', id: doc.id, data: { notificationEmails: rows }, req })
  return doc
}
