import type { Payload } from 'payload'

import { inTransaction } from '@/database/transactions'
import { parisDay } from '@/domain/shared/frenchDates'
import { idsOf } from '@/domain/shared/ids'
import type { Offer, Partner } from '@/payload-types'

import { now as currentTime } from '../core/options'
import { queueEmail } from '../jobs/queueEmail'
import { adminOverdueLeadsUrl } from '../leads/leadLinks'
import { activeAnimators } from '../leads/recipients'
import { digestEmail, type DigestLead } from './emails/digestEmail'

async function overdueLeads(payload: Payload, territoryIds: number[]): Promise<DigestLead[]> {
  const { docs } = await payload.find({
    collection: 'leads',
    where: {
      and: [
        { territory: { in: territoryIds } },
        { overdue: { equals: true } },
        { status: { not_equals: 'cloturee' } },
        { 'timeline.anonymizedAt': { exists: false } },
      ],
    },
    sort: 'dueAt',
    depth: 1,
    pagination: false,
    overrideAccess: true,
    populate: { offers: { title: true }, partners: { name: true } },
    select: { reference: true, offer: true, partner: true, dueAt: true, status: true },
  })
  return docs.map((lead) => ({
    reference: lead.reference ?? String(lead.id),
    offerTitle: (lead.offer as Offer).title,
    partnerName: (lead.partner as Partner).name,
    dueAt: lead.dueAt ?? '',
    status: lead.status,
  }))
}

/**
 * Emails each active animator who opted in the list of the overdue, unclosed leads of their territories
 * (nothing when there are none). At most one digest per animator and per day, however often it runs.
 */
export async function sendWeeklyDigest(payload: Payload): Promise<{ digests: number }> {
  const now = currentTime(payload)
  let digests = 0
  for (const animator of await activeAnimators(payload)) {
    const territoryIds = idsOf(animator.territories)
    const leads = territoryIds.length ? await overdueLeads(payload, territoryIds) : []
    if (!leads.length) continue
    const email = digestEmail(animator, leads, { day: parisDay(now), listUrl: adminOverdueLeadsUrl(payload) })
    await inTransaction(payload, (req) => queueEmail(req, email))
    digests++
  }
  return { digests }
}
