import { randomBytes } from 'node:crypto'
import { APIError, type Payload, type PayloadRequest } from 'payload'

import { asUser, type Actor } from '@/database/transactions'
import { mayPauseOffer, pauseDay, pausedUntilValue, pauseError } from '@/domain/offers/pause'
import { validityDay } from '@/domain/offers/validity'
import { idsOf } from '@/domain/shared/ids'
import type { Offer } from '@/payload-types'

import { catalogue } from '../catalogue/catalogue'
import { getSettings, now } from '../core/options'

export interface PauseInput {
  offerId: number
  /** The last day the offer is complete, a Paris day 'YYYY-MM-DD' (included). */
  until: unknown
}

type PauseLogRow = NonNullable<Offer['pauseLog']>[number]

/** In one transaction, as the signed-in person (their read access applies). */
function asSignedIn<T>(payload: Payload, user: PayloadRequest['user'], work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  if (!user) throw new APIError('Connectez-vous pour mettre une offre en pause.', 401, null, true)
  return asUser(payload, user as Actor, work)
}

/** The offer as the signed-in person reads it (404 when out of their read access), checked against who may pause it (403). */
async function offerToPause(req: PayloadRequest, offerId: number): Promise<Offer> {
  const offer = await req.payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: false, req, draft: false })
  const perimeter = await getSettings(req.payload).access.perimeter(req)
  if (!mayPauseOffer(perimeter, { partnerId: idsOf([offer.partner])[0], territoryId: idsOf([offer.territory])[0] })) {
    throw new APIError('Seuls l’organisme de cette offre et l’animation de son territoire peuvent la mettre en pause.', 403, null, true)
  }
  return offer
}

/** The log as stored, with its rows' ids (Payload replaces an array's rows with those it is given). */
const keptLog = (offer: Offer): PauseLogRow[] =>
  (offer.pauseLog ?? []).map((row) => ({ id: row.id, at: row.at, by: row.by ? idsOf([row.by])[0] : null, action: row.action, until: row.until ?? null }))

/**
 * The same fields on the offer's latest version, without a new one: the edit view shows the latest version, and a
 * pending edit published later would otherwise bring back the pause as it was when it was saved.
 */
async function writeOnLatestVersion(req: PayloadRequest, offerId: number, fields: Pick<Offer, 'pausedUntil' | 'pauseLog'>): Promise<void> {
  const { docs } = await req.payload.db.findVersions({
    collection: 'offers',
    where: { and: [{ parent: { equals: offerId } }, { latest: { equals: true } }] },
    limit: 1,
    pagination: false,
    req,
  })
  if (docs[0]) await req.payload.db.updateVersion({ collection: 'offers', id: docs[0].id, versionData: { version: fields } as never, req })
}

/**
 * Stores an offer's pause and its whole log, in the transaction of `req`, on the live document and its latest version,
 * without hooks nor a new version (see `writePause`); also for the demo data, which records a past log.
 */
export async function storeOfferPause(req: PayloadRequest, offerId: number, fields: { pausedUntil: string | null; pauseLog: PauseLogRow[] }): Promise<void> {
  // `updatedAt` too, in real time as Payload sets it: the catalogues of other processes (and this one's, after the
  // commit) notice a change by it (`tableStamp`).
  await req.payload.db.updateOne({ collection: 'offers', id: offerId, data: { ...fields, updatedAt: new Date().toISOString() }, req })
  await writeOnLatestVersion(req, offerId, fields)
  catalogue.invalidate(req.payload)
}

/** A new row id of Payload's arrays (24 hex digits): the adapter writes rows as given. */
export const pauseLogRowId = (): string => randomBytes(12).toString('hex')

/**
 * Writes the pause on the live document, with the adapter (no hook): a pause is not an edit of the
 * offer's content, so it skips the review of published offers' edits (`routeOfferWrites`) and makes no version.
 * The in-memory catalogue is dropped, as after any offer change (the collection's hooks are skipped here).
 */
async function writePause(req: PayloadRequest, offer: Offer, pausedUntil: string | null, entry: Omit<PauseLogRow, 'at' | 'by'>): Promise<Offer> {
  const at = now(req.payload).toISOString()
  await storeOfferPause(req, offer.id, { pausedUntil, pauseLog: [...keptLog(offer), { ...entry, id: pauseLogRowId(), at, by: req.user!.id }] })
  return req.payload.findByID({ collection: 'offers', id: offer.id, depth: 0, overrideAccess: true, req, draft: false })
}

/**
 * « Mettre en pause (complet jusqu’au …) », as the signed-in person of `req`: the offer leaves the results
 * and takes no request until that Paris day included (`isPausedOnDay`), then is back by itself. Recorded in
 * the offer's pause log (when, who, until), in one transaction.
 */
export async function pauseOffer(payload: Payload, { offerId, until }: PauseInput, { user }: Pick<PayloadRequest, 'user'>): Promise<Offer> {
  const error = pauseError({ until, today: validityDay(now(payload)) })
  if (error) throw new APIError(error, 400, null, true)
  return asSignedIn(payload, user, async (req) => {
    const offer = await offerToPause(req, offerId)
    return writePause(req, offer, pausedUntilValue(until as string), { action: 'pause', until: pausedUntilValue(until as string) })
  })
}

/** « Reprendre »: the offer takes requests again today; recorded in its pause log. Refused when it is not paused. */
export async function resumeOffer(payload: Payload, { offerId }: { offerId: number }, { user }: Pick<PayloadRequest, 'user'>): Promise<Offer> {
  return asSignedIn(payload, user, async (req) => {
    const offer = await offerToPause(req, offerId)
    const day = pauseDay(offer.pausedUntil)
    if (day === null || day < validityDay(now(payload))) throw new APIError('Cette offre n’est pas en pause.', 409, null, true)
    return writePause(req, offer, null, { action: 'resume', until: null })
  })
}
