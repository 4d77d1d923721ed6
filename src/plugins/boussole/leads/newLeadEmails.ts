import type { Payload } from 'payload'

import { getSettings } from '../core/options'
import type { OutgoingEmail } from '../jobs/queueEmail'
import { acknowledgementEmail } from './emails/acknowledgementEmail'
import { newLeadEmail } from './emails/newLeadEmail'
import { adminLeadUrl, withdrawalUrl } from './leadLinks'
import type { LeadSummary } from './leadSummary'
import { partnerRecipients } from './recipients'

/** The emails announcing a new lead: one to each of the organisation's recipients, and the young person's acknowledgement. */
export async function newLeadEmails(payload: Payload, lead: LeadSummary): Promise<OutgoingEmail[]> {
  const recipients = await partnerRecipients(payload, { offerId: lead.offerId, partnerId: lead.partnerId }, 'newLeads')
  const acknowledgement = acknowledgementEmail(lead, { withdraw: withdrawalUrl(payload, lead.id) }, getSettings(payload).retention)
  return [...recipients.map((to) => newLeadEmail(lead, to, adminLeadUrl(payload, lead.id))), ...(acknowledgement ? [acknowledgement] : [])]
}
