import type { Payload } from 'payload'

import { selectedTerritory } from '@/access/selectedTerritory'
import type { Actor } from '@/database/transactions'
import type { Perimeter } from '@/domain/accounts/perimeter'
import { daysLate } from '@/domain/statistics/leadStatistics'
import type { LeadRow } from '@/domain/statistics/rows'
import type { Commune, Offer, Partner } from '@/payload-types'
import { now } from '@/plugins/boussole/server'

export interface OverdueLead {
  id: number
  reference: string
  partnerName: string
  offerTitle: string
  communeName: string
  dueAt: string
  daysLate: number
}

/** The territories the list covers: the one chosen in the menu (cookie), else every territory of the person's perimeter. */
const territoriesOf = (perimeter: Perimeter, cookie: string | undefined): number[] | null => {
  const chosen = selectedTerritory(perimeter, cookie)
  if (chosen !== null) return [chosen]
  return perimeter.kind === 'territories' ? perimeter.territoryIds : null
}

/**
 * The requests still « nouvelle » past their committed date in the person's territories, oldest due first (what the
 * cockpit counts as « hors délai »), read with the person's access. No contact details are read.
 */
export async function overdueLeads(payload: Payload, user: Actor, perimeter: Perimeter, cookie: string | undefined): Promise<OverdueLead[]> {
  const at = now(payload)
  const territories = territoriesOf(perimeter, cookie)
  const { docs } = await payload.find({
    collection: 'leads',
    where: {
      and: [
        { status: { equals: 'nouvelle' } },
        { dueAt: { less_than: at.toISOString() } },
        { 'timeline.anonymizedAt': { exists: false } },
        ...(territories ? [{ territory: { in: territories } }] : []),
      ],
    },
    sort: 'dueAt',
    depth: 1,
    limit: 200,
    overrideAccess: false,
    user,
    select: { reference: true, partner: true, offer: true, commune: true, dueAt: true },
    populate: { partners: { name: true }, offers: { title: true }, communes: { name: true } },
  })
  return docs.map((lead) => ({
    id: lead.id,
    reference: lead.reference ?? String(lead.id),
    partnerName: (lead.partner as Partner | undefined)?.name ?? '',
    offerTitle: (lead.offer as Offer | undefined)?.title ?? '',
    communeName: (lead.commune as Commune | undefined)?.name ?? '',
    dueAt: lead.dueAt ?? '',
    daysLate: daysLate({ dueAt: lead.dueAt } as LeadRow, at),
  }))
}
