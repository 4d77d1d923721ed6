import type { PayloadRequest } from 'payload'

import { idsOf } from '@/access/perimeter'
import type { Offer } from '@/payload-types'
import { uniqueEmails } from '@/plugins/boussole/leads/recipients'

/** Who hears about an offer's life (review, publication, freshness): the organisation's active professionals and the offer's notification addresses. */
export async function offerRecipients(req: PayloadRequest, offer: Pick<Offer, 'partner' | 'notificationEmails'>): Promise<string[]> {
  const [partnerId] = idsOf([offer.partner])
  const { docs: members } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'partner' } }, { partner: { equals: partnerId } }, { active: { equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  return uniqueEmails([...members.map((member) => member.email), ...(offer.notificationEmails ?? []).map((row) => row.email)])
}
