import { hash32 } from './hash'
import type { EvaluatedOffer } from './types'

/** Locale-independent last resort, should two hashes collide. */
function compareIds(a: string | number, b: string | number): number {
  const left = String(a)
  const right = String(b)
  return left < right ? -1 : left > right ? 1 : 0
}

/** Stable pseudo-random position of an offer for a seed: hash32(seed + ':' + id). */
export function tieBreakKey(seed: string, offerId: string | number): number {
  return hash32(`${seed}:${offerId}`)
}

/**
 * Orders evaluated offers: most specific first (more matched rules), then
 * smaller sub-theme order, then a pseudo-random but stable tie-break derived
 * from the seed (e.g. dailySeed(now)), so that no organisation is always
 * first. Does not filter: pass only eligible offers. Returns a new array.
 */
export function rankOffers<T extends EvaluatedOffer>(offers: readonly T[], seed: string): T[] {
  return offers
    .map((offer) => ({ offer, tieBreak: tieBreakKey(seed, offer.id) }))
    .sort(
      (a, b) =>
        b.offer.match.matched.length - a.offer.match.matched.length ||
        a.offer.subThemeOrder - b.offer.subThemeOrder ||
        a.tieBreak - b.tieBreak ||
        compareIds(a.offer.id, b.offer.id),
    )
    .map(({ offer }) => offer)
}
