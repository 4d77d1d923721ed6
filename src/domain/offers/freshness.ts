import { subtractMonths } from '@/domain/shared/subtractMonths'

import type { WhereShape } from './whereShape'

/** An offer not reviewed by its organisation for this long is flagged « à vérifier ». */
export const FRESHNESS_MONTHS = 6

/** The date before which a review is too old (calendar months, clamped to the month's last day). */
export const freshnessThreshold = (now: Date, months = FRESHNESS_MONTHS): Date => subtractMonths(now, months)

export interface FreshnessFields {
  status?: string | null
  reviewedAt?: string | null
  updatedAt?: string | null
}

/**
 * Whether a published offer needs its organisation to check it is still accurate. The rule: it was last
 * reviewed before the threshold; an offer never explicitly reviewed (no `reviewedAt`: imported or written
 * before the field existed) counts from its last update, since whoever updated it read it then.
 */
export function isStale(offer: FreshnessFields, now: Date): boolean {
  if (offer.status !== 'publiee') return false
  const reviewed = offer.reviewedAt ?? offer.updatedAt
  return Boolean(reviewed) && new Date(reviewed as string) < freshnessThreshold(now)
}

/**
 * The same rule as `isStale`, as a query on the offers (the reminder, the back-office banner and the
 * list its link opens). Written as « or of ands », the form the admin list's filter editor shows. Read
 * with `draft: true`, as the back-office list does: an offer whose pending version waits for validation
 * is not « publiée » there, and is not to review.
 */
export function staleOffersWhere(now: Date): WhereShape {
  const threshold = freshnessThreshold(now).toISOString()
  const published = { status: { equals: 'publiee' } }
  return {
    or: [
      { and: [published, { reviewedAt: { less_than: threshold } }] },
      { and: [published, { reviewedAt: { exists: false } }, { updatedAt: { less_than: threshold } }] },
    ],
  }
}
