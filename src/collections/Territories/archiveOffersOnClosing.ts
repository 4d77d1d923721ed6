import type { CollectionAfterChangeHook } from 'payload'

import type { OfferStatus } from '@/domain/offers/offerStatusTransitions'
import { isClosing, OFFER_STATUSES_ARCHIVED_ON_CLOSING, offerStatusAfterClosing, type TerritoryStatus } from '@/domain/territories/territoryLifecycle'

/**
 * When a territory closes, its published and submitted offers are archived (see `territoryLifecycle`), in the
 * transaction of the territory's save: if one offer cannot be archived, the territory stays as it was.
 */
export const archiveOffersOnClosing: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !isClosing(previousDoc?.status as TerritoryStatus, doc.status as TerritoryStatus)) return doc
  const { docs: offers } = await req.payload.find({
    collection: 'offers',
    where: { and: [{ territory: { equals: doc.id } }, { status: { in: [...OFFER_STATUSES_ARCHIVED_ON_CLOSING] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { status: true },
  })
  // Sequential: these writes share the request's transaction (one connection).
  for (const offer of offers) {
    await req.payload.update({
      collection: 'offers',
      id: offer.id,
      data: { status: offerStatusAfterClosing(offer.status as OfferStatus) },
      draft: false,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
