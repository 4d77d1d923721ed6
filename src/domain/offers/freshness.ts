import { subtractMonths } from '@/domain/shared/subtractMonths'

/** An offer not reviewed by its organisation for this long is flagged « à vérifier ». */
export const FRESHNESS_MONTHS = 6

/** The date before which a review is too old (calendar months, clamped to the month's last day). */
export const freshnessThreshold = (now: Date, months = FRESHNESS_MONTHS): Date => subtractMonths(now, months)

/** Whether a published offer needs its organisation to check it is still accurate. */
export function isStale(offer: { status?: string | null; reviewedAt?: string | null; updatedAt?: string | null }, now: Date): boolean {
  if (offer.status !== 'publiee') return false
  const reviewed = offer.reviewedAt ?? offer.updatedAt
  return !reviewed || new Date(reviewed) < freshnessThreshold(now)
}
