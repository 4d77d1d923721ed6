import type { PayloadRequest } from 'payload'

import { queueEmail } from '../jobs/queueEmail'
import { getSettings } from '../options'
import { acknowledgementEmail } from './emails/acknowledgementEmail'
import { newLeadEmail } from './emails/newLeadEmail'
import { adminLeadUrl, withdrawalUrl } from './leadLinks'
import type { LeadSummary } from './leadSummary'
import { partnerRecipients } from './recipients'

/** Queues, in the lead's transaction, the emails announcing it: the organisation's recipients, and the young person. */
export async function notifyNewLead(req: PayloadRequest, lead: LeadSummary): Promise<void> {
  const { payload } = req
  const recipients = await partnerRecipients(payload, { offerId: lead.offerId, partnerId: lead.partnerId }, 'newLeads', req)
  for (const to of recipients) await queueEmail(req, newLeadEmail(lead, to, adminLeadUrl(payload, lead.id)))
  const acknowledgement = acknowledgementEmail(lead, { withdraw: withdrawalUrl(payload, lead.id) }, getSettings(payload).retention.monthsAfterClosing)
  if (acknowledgement) await queueEmail(req, acknowledgement)
}
