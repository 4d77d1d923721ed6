import type { Payload } from 'payload'

import { getSettings } from '../core/options'
import type { OutgoingEmail } from '../jobs/queueEmail'
import type { OutgoingSms } from '../jobs/queueSms'
import { acknowledgementEmail } from './emails/acknowledgementEmail'
import { newLeadEmail } from './emails/newLeadEmail'
import { adminLeadUrl, shortLeadUrl, statusUrl, withdrawalUrl } from './leadLinks'
import type { LeadSummary } from './leadSummary'
import { partnerRecipients } from './recipients'
import { acknowledgementSms } from './sms/acknowledgementSms'

/**
 * The messages announcing a new lead: one email to each of the organisation's recipients, and the young person's
 * acknowledgement — by email when they gave an address, by SMS when they left only a mobile number.
 */
export async function newLeadMessages(payload: Payload, lead: LeadSummary): Promise<{ emails: OutgoingEmail[]; sms: OutgoingSms[] }> {
  const recipients = await partnerRecipients(payload, { offerId: lead.offerId, partnerId: lead.partnerId }, 'newLeads')
  const links = { status: statusUrl(payload, lead.id), withdraw: withdrawalUrl(payload, lead.id) }
  const acknowledgement = acknowledgementEmail(lead, links, getSettings(payload).retention)
  const sms = acknowledgementSms(lead, { status: shortLeadUrl(payload, lead.id, 'status') })
  return {
    emails: [...recipients.map((to) => newLeadEmail(lead, to, adminLeadUrl(payload, lead.id))), ...(acknowledgement ? [acknowledgement] : [])],
    sms: sms ? [sms] : [],
  }
}
