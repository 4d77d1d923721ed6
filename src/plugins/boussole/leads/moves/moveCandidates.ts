import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/domain/shared/ids'

import { requestAlternatives } from '../requestStatus'

/** An offer a request may be handed to, as the person choosing sees it. */
export interface MoveCandidate {
  offerId: number
  offerTitle: string
  partnerName: string
  contactDelayDays: number
  /** Why it matches the young person's answers (the matching's reasons). */
  reasons: string[]
}

/**
 * The offers a request may go to: the other organisations' offers that match the young person's stored answers for
 * the request's commune and theme today (published and open, as the matching has them; not logged as a search). Read
 * as the system: call it for a person allowed to move the request (`moveError`), `moveLead` checks again.
 */
export async function moveCandidates(payload: Payload, leadId: number, req?: PayloadRequest): Promise<MoveCandidate[]> {
  const lead = await payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!lead || lead.timeline?.anonymizedAt) return []
  const { offers } = await requestAlternatives(payload, lead, req)
  const partnerId = idOf(lead.partner)
  return offers
    .filter((offer) => offer.partner.id !== partnerId)
    .map((offer) => ({
      offerId: offer.id,
      offerTitle: offer.title,
      partnerName: offer.partner.name,
      contactDelayDays: offer.contactDelayDays,
      reasons: offer.reasons,
    }))
}
