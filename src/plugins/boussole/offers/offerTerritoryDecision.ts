import type { PayloadRequest } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { idsOf } from '@/domain/shared/ids'
import type { OfferTerritory } from '@/payload-types'

import { offerTerritoryDecisionEmail } from './offerEmails'
import { emailOfferRecipients } from './offerRecipients'

/**
 * When another territory's animation decides on an offer proposed there (« validée » or « refusée », a change of
 * decision included), the organisation's professionals and the offer's addresses are told by email, queued in the
 * decision's transaction (sent if and only if it is committed, once per decision). Returns how many were queued.
 */
export async function announceOfferTerritoryDecision(
  req: PayloadRequest,
  row: Pick<OfferTerritory, 'id' | 'offer' | 'territory' | 'status' | 'comment' | 'decidedAt' | 'decidedBy'>,
): Promise<number> {
  if (row.status !== 'validee' && row.status !== 'refusee') return 0
  const [offerId] = idsOf([row.offer])
  const [territoryId] = idsOf([row.territory])
  const [deciderId] = idsOf([row.decidedBy])
  const options = { depth: 0, overrideAccess: true, disableErrors: true, req } as const
  // Sequential: these reads share the request's transaction (one connection).
  const offer = await req.payload.findByID({ collection: 'offers', id: offerId, ...options, select: { title: true, partner: true, notificationEmails: true } })
  const territory = await req.payload.findByID({ collection: 'territories', id: territoryId, ...options, select: { name: true } })
  if (!offer || !territory) return 0
  const decider = deciderId === undefined ? null : await req.payload.findByID({ collection: 'users', id: deciderId, ...options, select: { name: true } })
  const { subject, content } = offerTerritoryDecisionEmail({
    offer: { id: offer.id, title: offer.title },
    territoryName: territory.name,
    decision: row.status,
    reviewer: decider?.name || `L’animation de « ${territory.name} »`,
    comment: row.comment?.trim() ?? '',
    url: `${publicUrl()}/admin/collections/offers/${offer.id}`,
  })
  return emailOfferRecipients(req, offer, { subject, content }, (to) => `offer-territory:${row.id}:${row.status}:${row.decidedAt ?? ''}:${to}`)
}
