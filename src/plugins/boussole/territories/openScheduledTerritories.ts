import type { Payload } from 'payload'

import { inTransaction } from '@/database/transactions'
import { startOfParisDay } from '@/domain/offers/validity'
import { parisDay } from '@/domain/shared/frenchDates'
import { idsOf } from '@/domain/shared/ids'

import { now as currentTime } from '../core/options'
import { queueEmail } from '../jobs/queueEmail'
import { siteUrl } from '../leads/leadLinks'
import { postponedOpeningEmail } from './openingEmail'
import { loadOpeningChecklist } from './openingFacts'

/** The opening tab of a territory in the back office. */
export const openingTabUrl = (payload: Payload, territoryId: number): string => `${siteUrl(payload)}/admin/collections/territories/${territoryId}/ouverture`

/**
 * Opens the territories in preparation whose scheduled opening day (`opensAt`, Paris) has come, when their opening
 * checklist is complete; otherwise leaves them in preparation and emails the territory's active animators and the
 * active administrators what is missing (once per territory, scheduled day and person). A territory whose list is
 * completed after its day opens at the next run.
 */
export async function openScheduledTerritories(payload: Payload): Promise<{ opened: number; postponed: number }> {
  const now = currentTime(payload)
  const tomorrow = new Date(startOfParisDay(now).getTime() + 36 * 3_600_000)
  const { docs } = await payload.find({
    collection: 'territories',
    where: { and: [{ status: { equals: 'preparation' } }, { opensAt: { less_than: startOfParisDay(tomorrow).toISOString() } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true, opensAt: true, openedAt: true, communeCount: true, themes: true, contact: true },
  })
  let opened = 0
  let postponed = 0
  for (const territory of docs) {
    const checklist = await loadOpeningChecklist(payload, territory)
    if (checklist.complete) {
      await payload.update({
        collection: 'territories',
        id: territory.id,
        data: { status: 'ouvert', openedAt: territory.openedAt ?? startOfParisDay(now).toISOString(), opensAt: null },
        overrideAccess: true,
      })
      opened++
      continue
    }
    const { docs: recipients } = await payload.find({
      collection: 'users',
      where: {
        and: [
          { active: { equals: true } },
          { or: [{ role: { equals: 'admin' } }, { and: [{ role: { equals: 'animator' } }, { territories: { contains: territory.id } }] }] },
        ],
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { email: true, role: true, territories: true },
    })
    const day = parisDay(territory.opensAt!)
    const url = openingTabUrl(payload, territory.id)
    await inTransaction(payload, async (req) => {
      for (const recipient of recipients.filter((user) => user.role === 'admin' || idsOf(user.territories).includes(territory.id)))
        await queueEmail(req, postponedOpeningEmail(recipient, territory, { opensAt: territory.opensAt!, day, missing: checklist.missing, url }))
    })
    postponed++
  }
  return { opened, postponed }
}
