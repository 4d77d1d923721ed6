import type { PayloadRequest } from 'payload'

import { alertRecipients } from '@/domain/partners/alertRecipients'
import { idsOf } from '@/domain/shared/ids'
import type { EmailContent } from '@/email/renderEmail'
import type { Offer } from '@/payload-types'

import { now } from '../core/options'
import { queueEmail } from '../jobs/queueEmail'
import { activePartnerMembers } from '../leads/recipients'

/**
 * Who hears about an offer's life (review, publication, freshness): the offer's notification addresses and the
 * organisation's active professionals, leaving out those absent today (plugin clock) — the same rule as the lead
 * alerts (`alertRecipients`; these emails have no opt-out) — each address once, and never nobody.
 */
export async function offerRecipients(req: PayloadRequest, offer: Pick<Offer, 'partner' | 'notificationEmails'>): Promise<string[]> {
  const [partnerId] = idsOf([offer.partner])
  const members = await activePartnerMembers(req.payload, partnerId)
  return alertRecipients({
    offerAddresses: (offer.notificationEmails ?? []).map((row) => row.email),
    members: members.map((member) => ({ id: member.id, email: member.email, optedIn: true, absence: member.absence })),
    today: now(req.payload),
  })
}

/**
 * Queues one email about an offer (kind `offer-review`) to each of its recipients (`offerRecipients`), in the
 * request's transaction; `dedupeKey` names this email for one address, so that it leaves at most once. Returns how
 * many were queued.
 */
export async function emailOfferRecipients(
  req: PayloadRequest,
  offer: Pick<Offer, 'partner' | 'notificationEmails'>,
  message: { subject: string; content: EmailContent },
  dedupeKey: (to: string) => string,
): Promise<number> {
  const recipients = await offerRecipients(req, offer)
  for (const to of recipients) await queueEmail(req, { kind: 'offer-review', to, ...message, dedupeKey: dedupeKey(to) })
  return recipients.length
}
