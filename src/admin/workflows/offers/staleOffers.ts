import type { Payload } from 'payload'
import { stringify } from 'qs-esm'

import { staleOffersWhere } from '@/domain/offers/freshness'
import type { User } from '@/payload-types'

/**
 * The offers to review for the banner above the offers list: their number as the person may see them, and
 * the link to the list of exactly those (Payload's own list URL format, `qs-esm`, from the same `Where`).
 * Counted as the list reads the offers (`draft: true`, which `count` does not offer), within the territory chosen in
 * the menu when the person runs several (`selectedTerritory`), as the list itself is narrowed.
 */
export async function staleOffersForBanner(
  payload: Payload,
  user: User,
  now: Date,
  territoryId: number | null = null,
): Promise<{ count: number; href: string }> {
  const where = staleOffersWhere(now)
  const { totalDocs } = await payload.find({
    collection: 'offers',
    // The list narrows to the territory chosen in the menu (its base filter); the count does the same.
    where: territoryId === null ? where : { and: [where, { territory: { equals: territoryId } }] },
    draft: true,
    limit: 1,
    depth: 0,
    select: { title: true },
    overrideAccess: false,
    user,
  })
  return { count: totalDocs, href: `/admin/collections/offers?${stringify({ where })}` }
}
