import type { PayloadRequest } from 'payload'

import { queueEmail } from '../../jobs/queueEmail'
import { queueSms } from '../../jobs/queueSms'
import { adminLeadUrl, shortLeadUrl, statusUrl } from '../leadLinks'
import type { LeadSummary } from '../leadSummary'
import { partnerRecipients } from '../recipients'
import { movedAwayEmail, movedLeadAlert, movedToYoungPersonEmail } from './movedEmails'
import { movedSms } from './movedSms'

/**
 * Queues, in the move's transaction, what a move tells: the new organisation's recipients get the alert of a new
 * request, the young person hears who has it now (by email when they gave one, else by SMS), and the first
 * organisation's recipients learn to whom it went and by whom.
 */
export async function queueMoveMessages(req: PayloadRequest, move: { from: LeadSummary; to: LeadSummary; moveId: number; byName: string }): Promise<void> {
  const { payload } = req
  const { from, to, moveId } = move
  const adminUrl = adminLeadUrl(payload, to.id)
  for (const recipient of await partnerRecipients(payload, { offerId: to.offerId, partnerId: to.partnerId }, 'newLeads')) {
    await queueEmail(req, movedLeadAlert(to, recipient, adminUrl, moveId))
  }
  const email = movedToYoungPersonEmail(to, statusUrl(payload, to.id), moveId)
  if (email) await queueEmail(req, email)
  const sms = movedSms(to, shortLeadUrl(payload, to.id, 'status'), moveId)
  if (sms) await queueSms(req, sms)
  for (const recipient of await partnerRecipients(payload, { offerId: from.offerId, partnerId: from.partnerId }, 'newLeads')) {
    await queueEmail(req, movedAwayEmail(from, { to: recipient, fromOfferTitle: from.offerTitle, toPartnerName: to.partnerName, byName: move.byName, moveId }))
  }
}
