import { APIError, type Payload, type PayloadRequest } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { asUser, type Actor } from '@/database/transactions'
import { checkRole } from '@/domain/accounts/roles'
import type { OfferStatus } from '@/domain/offers/offerStatusTransitions'
import { withoutRowIds } from '@/domain/shared/rowIds'
import type { Offer } from '@/payload-types'

import { publishedEmail, sentBackEmail } from './offerEmails'
import { emailOfferRecipients } from './offerRecipients'

export const REVIEW_COMMENT_MAX = 2000

const offerAdminUrl = (id: number) => `${publicUrl()}/admin/collections/offers/${id}`

/**
 * Reads the offer as the person (their read access applies): a missing or out-of-perimeter offer is a 404.
 * Its latest state: a pending version when a published offer's edit waits for validation.
 */
async function readOffer(req: PayloadRequest, offerId: number): Promise<Offer> {
  return req.payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: false, req, draft: true })
}

/** The live (validated) document, when it is published; null otherwise. */
async function livePublished(req: PayloadRequest, offerId: number): Promise<Offer | null> {
  const live = await req.payload.findByID({ collection: 'offers', id: offerId, depth: 0, overrideAccess: true, req, disableErrors: true })
  return live?.status === 'publiee' ? live : null
}

const update = (req: PayloadRequest, offerId: number, data: Partial<Offer>, draft = false) =>
  req.payload.update({ collection: 'offers', id: offerId, data, depth: 0, overrideAccess: false, req, draft })

function requireStaff(user: Actor): void {
  if (!checkRole(['admin', 'animator'], user)) throw new APIError("Seule l'animation du territoire peut valider ou renvoyer une offre.", 403, null, true)
}

/** The organisation's active professionals and the offer's notification addresses, each once. */
async function queueReviewEmails(
  req: PayloadRequest,
  offer: Offer,
  event: 'sent-back' | 'published',
  reviewer: string,
  comment: string,
  edit: boolean,
): Promise<number> {
  const build = event === 'sent-back' ? sentBackEmail : publishedEmail
  const message = build({ offer, reviewer, comment, url: offerAdminUrl(offer.id), edit })
  return emailOfferRecipients(req, offer, message, (to) => `offer:${offer.id}:${event}:${offer.updatedAt}:${to}`)
}

export interface ReviewInput {
  offerId: number
  comment?: string | null
}

/**
 * « Renvoyer au partenaire »: a submitted offer goes back to draft with a mandatory comment, stored on the
 * offer and emailed (queued, retried) to the organisation's professionals and the offer's addresses. The
 * pending edit of a published offer goes back to draft as a pending version: the validated one stays live.
 */
export async function sendBackOffer(payload: Payload, user: Actor, { offerId, comment }: ReviewInput): Promise<{ offer: Offer; notified: number }> {
  requireStaff(user)
  const text = comment?.trim() ?? ''
  if (text.length < 5) throw new APIError('Expliquez au partenaire ce qu’il doit modifier (commentaire obligatoire).', 400, null, true)
  if (text.length > REVIEW_COMMENT_MAX) throw new APIError(`Le commentaire dépasse ${REVIEW_COMMENT_MAX} caractères.`, 400, null, true)
  return asUser(payload, user, async (req) => {
    const current = await readOffer(req, offerId)
    if (current.status !== 'soumise') throw new APIError('Seule une offre soumise pour validation peut être renvoyée au partenaire.', 409, null, true)
    const edit = (await livePublished(req, offerId)) !== null
    const offer = await update(req, offerId, { status: 'brouillon', reviewComment: text }, edit)
    const notified = await queueReviewEmails(req, offer, 'sent-back', user.name, text, edit)
    return { offer, notified }
  })
}

/**
 * « Publier »: the animator validates a submitted offer (the collection checks the charter and the rules); for
 * a published offer's pending edit, the pending version becomes the live document.
 */
export async function publishOffer(payload: Payload, user: Actor, { offerId, comment }: ReviewInput): Promise<{ offer: Offer; notified: number }> {
  requireStaff(user)
  const text = comment?.trim() || null
  return asUser(payload, user, async (req) => {
    const current = await readOffer(req, offerId)
    if (current.status !== 'soumise')
      throw new APIError('Seule une offre soumise pour validation peut être publiée depuis la file de validation.', 409, null, true)
    const edit = (await livePublished(req, offerId)) !== null
    const offer = await update(req, offerId, { status: 'publiee', reviewComment: text })
    const notified = await queueReviewEmails(req, offer, 'published', user.name, text ?? '', edit)
    return { offer, notified }
  })
}

/** The statuses a partner's own buttons move an offer to (the collection refuses what the role may not do). */
export const OFFER_ACTIONS = {
  submit: { to: 'soumise', label: 'Soumettre pour validation' },
  archive: { to: 'archivee', label: 'Archiver' },
  restore: { to: 'brouillon', label: 'Restaurer en brouillon' },
} as const satisfies Record<string, { to: OfferStatus; label: string }>

export type OfferAction = keyof typeof OFFER_ACTIONS

export async function changeOfferStatus(payload: Payload, user: Actor, offerId: number, action: OfferAction): Promise<Offer> {
  return asUser(payload, user, async (req) => {
    await readOffer(req, offerId)
    return update(req, offerId, { status: OFFER_ACTIONS[action].to })
  })
}

/** « Dupliquer »: a new draft with the same content, to adapt (e.g. for another territory or next season). */
export async function duplicateOffer(payload: Payload, user: Actor, offerId: number): Promise<Offer> {
  return asUser(payload, user, async (req) => {
    const source = await readOffer(req, offerId)
    const title = `${source.title} (copie)`.slice(0, 150)
    return req.payload.create({
      collection: 'offers',
      data: {
        title,
        summary: source.summary,
        description: source.description,
        benefits: source.benefits,
        partner: source.partner,
        territory: source.territory,
        theme: source.theme,
        subTheme: source.subTheme,
        status: 'brouillon',
        contactDelayDays: source.contactDelayDays,
        notificationEmails: withoutRowIds(source.notificationEmails ?? []),
        location: source.location,
        coverage: source.coverage,
        rules: withoutRowIds(source.rules ?? []),
        validFrom: source.validFrom,
        validUntil: source.validUntil,
      },
      depth: 0,
      overrideAccess: false,
      req,
    })
  })
}
