import type { PayloadRequest } from 'payload'

import type { Lead } from '@/payload-types'
import { EMAIL_QUEUE } from '../jobs/queues'
import { anonymizedData, type AnonymizationReason } from './anonymizedData'

/**
 * Erases a lead's personal data, and the emails about it still waiting in the queue (their content holds
 * it too). Pass the request of the surrounding transaction.
 */
export async function anonymizeLead(req: PayloadRequest, lead: Lead, reason: AnonymizationReason, at: Date): Promise<void> {
  await req.payload.update({
    collection: 'leads',
    id: lead.id,
    data: anonymizedData(lead, reason, at),
    depth: 0,
    overrideAccess: true,
    req,
    context: { now: at },
  })
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    where: {
      and: [
        { queue: { equals: EMAIL_QUEUE } },
        { 'input.leadId': { equals: lead.id } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
      ],
    },
    req,
  })
}
