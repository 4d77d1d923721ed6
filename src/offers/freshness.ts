/** An offer not reviewed by its organisation for this long is flagged « à vérifier ». */
export const FRESHNESS_MONTHS = 6

/** The date before which a review is too old (calendar months, clamped to the month's last day). */
export function freshnessThreshold(now: Date, months = FRESHNESS_MONTHS): Date {
  const threshold = new Date(now)
  const day = threshold.getUTCDate()
  threshold.setUTCDate(1)
  threshold.setUTCMonth(threshold.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(threshold.getUTCFullYear(), threshold.getUTCMonth() + 1, 0)).getUTCDate()
  threshold.setUTCDate(Math.min(day, lastDay))
  return threshold
}

/** Whether a published offer needs its organisation to check it is still accurate. */
export function isStale(offer: { status?: string | null; reviewedAt?: string | null; updatedAt?: string | null }, now: Date): boolean {
  if (offer.status !== 'publiee') return false
  const reviewed = offer.reviewedAt ?? offer.updatedAt
  return !reviewed || new Date(reviewed) < freshnessThreshold(now)
}
