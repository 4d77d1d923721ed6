/**
 * The rules of the partner network's follow-up (an animator's « à suivre »): which charters to follow,
 * what their situation is, which organisations have no published offer.
 */

/** Charters expiring within this many days are listed. */
export const CHARTER_EXPIRY_WARNING_DAYS = 60

/** Signed charters expiring before this instant are to follow. */
export const charterExpiryLimit = (now: Date): Date => new Date(now.getTime() + CHARTER_EXPIRY_WARNING_DAYS * 86_400_000)

export interface CharterToFollow {
  status?: string | null
  expiresAt?: string | null
}

/** « En attente de signature », « Échue » (expired before `now`) or « Arrive à échéance ». */
export function charterSituation(charter: CharterToFollow, now: Date): string {
  if (charter.status === 'en_attente') return 'En attente de signature'
  return charter.expiresAt && new Date(charter.expiresAt).getTime() < now.getTime() ? 'Échue' : 'Arrive à échéance'
}

/** The organisations none of whose offers is published (the list's order kept). */
export function partnersWithoutPublishedOffer<P extends { id: number }>(partners: readonly P[], publishedOfferPartners: Iterable<number>): P[] {
  const withOffer = new Set(publishedOfferPartners)
  return partners.filter((partner) => !withOffer.has(partner.id))
}
