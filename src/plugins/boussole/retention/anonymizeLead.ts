import type { PayloadRequest } from 'payload'

import { anonymizedData, type AnonymizationReason } from '@/domain/leads/anonymizedData'
import type { Lead } from '@/payload-types'

import { EMAIL_QUEUE, SMS_QUEUE } from '../jobs/queues'

/**
 * Erases a lead's personal data (see `anonymizedData`), the reasons of its moves (`lead-moves`), and every email or SMS job about it that no worker
 * is running: waiting, failed or kept after completion, their content holds the contact details (the phone
 * number of an SMS) and the profile. A job already running is stopped by its guard (`notAnonymized`, `stillNew`) when it re-reads
 * the lead right before sending. Pass the request of the surrounding transaction.
 */
export async function anonymizeLead(req: PayloadRequest, lead: Lead, reason: AnonymizationReason, at: Date): Promise<void> {
  await req.payload.update({
    collection: 'leads',
    id: lead.id,
    data: anonymizedData(lead, reason, at),
    depth: 0,
    overrideAccess: true,
    req,
  })
  // The reason of a move may name the young person or their situation: the trace keeps only where the request went.
  await req.payload.update({ collection: 'lead-moves', where: { lead: { equals: lead.id } }, data: { reason: null }, depth: 0, overrideAccess: true, req })
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    where: {
      and: [{ queue: { in: [EMAIL_QUEUE, SMS_QUEUE] } }, { 'input.leadId': { equals: lead.id } }, { processing: { equals: false } }],
    },
    req,
  })
}
