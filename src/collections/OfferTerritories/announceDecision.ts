import type { CollectionAfterChangeHook } from 'payload'

import type { OfferTerritory } from '@/payload-types'
import { announceOfferTerritoryDecision } from '@/plugins/boussole/server'

/** A decision recorded (validated or refused, now and not before): the organisation is told by email. */
export const announceDecision: CollectionAfterChangeHook<OfferTerritory> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && previousDoc?.status !== doc.status) await announceOfferTerritoryDecision(req, doc)
  return doc
}
