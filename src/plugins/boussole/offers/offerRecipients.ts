import type { PayloadRequest } from 'payload'

import { idsOf } from '@/domain/shared/ids'
import type { Offer } from '@/payload-types'

import { activePartnerMembers, uniqueEmails } from '../leads/recipients'

/** Who hears about an offer's life (review, publication, freshness): the organisation's active professionals and the offer's notification addresses. */
export async function offerRecipients(req: PayloadRequest, offer: Pick<Offer, 'partner' | 'notificationEmails'>): Promise<string[]> {
  const [partnerId] = idsOf([offer.partner])
  const members = await activePartnerMembers(req.payload, partnerId)
  return uniqueEmails([...members.map((member) => member.email), ...(offer.notificationEmails ?? []).map((row) => row.email)])
}
