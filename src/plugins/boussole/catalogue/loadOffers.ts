import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { rulesOf } from '@/domain/matching/rulesOf'
import { isPausedOnDay, pauseDay } from '@/domain/offers/pause'
import { isValidOnDay, validityDays } from '@/domain/offers/validity'
import { idsOf } from '@/domain/shared/ids'

import type { CatalogueOffer } from './types'

/** The published offers of one territory and theme, with their partner's name. */
export async function loadOffers(payload: Payload, territoryId: number, themeId: number, partnerNames: Map<number, string>): Promise<CatalogueOffer[]> {
  const { docs } = await payload.find({
    collection: 'offers',
    where: { and: [{ status: { equals: 'publiee' } }, { territory: { equals: territoryId } }, { theme: { equals: themeId } }] },
    depth: 0,
    pagination: false,
    // Sub-fields spelled out: `rules: true` would return the hasMany `values` empty.
    select: {
      title: true,
      summary: true,
      partner: true,
      subTheme: true,
      contactDelayDays: true,
      rules: { criterion: true, values: true, min: true, max: true },
      location: { remote: true },
      coverage: { mode: true, communes: true },
      validFrom: true,
      validUntil: true,
      pausedUntil: true,
    },
  })
  return docs.flatMap((offer) => {
    const partnerId = idsOf([offer.partner])[0]
    const partnerName = partnerNames.get(partnerId)
    if (partnerName === undefined) return []
    return [
      {
        id: offer.id,
        title: offer.title,
        summary: offer.summary,
        partner: { id: partnerId, name: partnerName },
        subTheme: offer.subTheme ?? null,
        contactDelayDays: offer.contactDelayDays,
        remote: Boolean(offer.location?.remote),
        rules: rulesOf(offer),
        communes: offer.coverage?.mode === 'communes' ? new Set(idsOf(offer.coverage.communes ?? [])) : null,
        validity: validityDays(offer),
        pausedUntil: pauseDay(offer.pausedUntil),
      },
    ]
  })
}

/**
 * The theme of every published offer, by offer id: where a lead's offer is to be found without a query
 * (plain SQL: two columns of every published offer, i.e. tens of thousands of rows nationally).
 */
export async function publishedOfferThemes(payload: Payload): Promise<Map<number, number>> {
  const { rows } = await poolOf(payload).query<{ id: number; theme_id: number }>(`select id, theme_id from offers where status = 'publiee'`)
  return new Map(rows.map((row) => [row.id, row.theme_id]))
}

/** Whether the offer is valid and not paused on that Paris day ('YYYY-MM-DD', `validityDay`) and covers the commune. Pure. */
export function offerApplies(offer: CatalogueOffer, communeId: number, day: string): boolean {
  return isValidOnDay(offer.validity, day) && !isPausedOnDay(offer.pausedUntil, day) && (offer.communes === null || offer.communes.has(communeId))
}
