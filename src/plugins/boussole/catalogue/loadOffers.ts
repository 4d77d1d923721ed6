import type { Payload, Where } from 'payload'

import { poolOf } from '@/database/pool'
import { rulesOf } from '@/domain/matching/rulesOf'
import { isOfferedIn } from '@/domain/offers/offerTerritories'
import { isPausedOnDay, pauseDay } from '@/domain/offers/pause'
import { isValidOnDay, validityDays } from '@/domain/offers/validity'
import { idsOf } from '@/domain/shared/ids'

import type { CatalogueOffer } from './types'

/** The organisations holding a signed charter that covers the territory: only their offers are served there. */
async function charteredPartners(payload: Payload, territoryId: number): Promise<Set<number>> {
  const { docs } = await payload.find({
    collection: 'charters',
    where: { and: [{ status: { equals: 'signee' } }, { territories: { in: [territoryId] } }] },
    depth: 0,
    pagination: false,
    select: { partner: true },
  })
  return new Set(idsOf(docs.map((charter) => charter.partner)))
}

/**
 * The published offers of one territory and theme, with their partner's name: the territory's own, and those of
 * other territories its animation validated (`offer-territories`, see `isOfferedIn`), of organisations whose
 * charter for this territory is in force (a charter ended — « résiliée » — takes their offers out of its results at
 * once, home or validated ones alike). An offer of another territory covers the whole of this one (its communes
 * restriction is its own territory's).
 */
export async function loadOffers(payload: Payload, territoryId: number, themeId: number, partnerNames: Map<number, string>): Promise<CatalogueOffer[]> {
  const chartered = await charteredPartners(payload, territoryId)
  const { docs: validated } = await payload.find({
    collection: 'offer-territories',
    where: { and: [{ territory: { equals: territoryId } }, { status: { equals: 'validee' } }] },
    depth: 0,
    pagination: false,
    select: { offer: true, status: true },
  })
  const decisions = new Map(validated.map((row) => [idsOf([row.offer])[0], row.status]))
  const offeredHere: Where = decisions.size
    ? { or: [{ territory: { equals: territoryId } }, { id: { in: [...decisions.keys()] } }] }
    : { territory: { equals: territoryId } }
  const { docs } = await payload.find({
    collection: 'offers',
    where: { and: [{ status: { equals: 'publiee' } }, offeredHere, { theme: { equals: themeId } }] },
    depth: 0,
    pagination: false,
    // Sub-fields spelled out: `rules: true` would return the hasMany `values` empty.
    select: {
      title: true,
      status: true,
      territory: true,
      summary: true,
      partner: true,
      subTheme: true,
      contactDelayDays: true,
      rules: { criterion: true, values: true, min: true, max: true, anyOf: { criterion: true, values: true, min: true, max: true } },
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
    const home = idsOf([offer.territory])[0]
    const decision = decisions.get(offer.id)
    if (
      partnerName === undefined ||
      !chartered.has(partnerId) ||
      !isOfferedIn({ status: offer.status, territoryId: home, decisions: decision ? { [territoryId]: decision } : {} }, territoryId)
    )
      return []
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
        communes: home === territoryId && offer.coverage?.mode === 'communes' ? new Set(idsOf(offer.coverage.communes ?? [])) : null,
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
