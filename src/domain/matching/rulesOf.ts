import type { Offer } from '@/payload-types'

import type { EligibilityRule } from './types'

/** An offer's stored eligibility rules as the evaluator reads them (unset values and bounds normalised). */
export const rulesOf = (offer: Pick<Offer, 'rules'>): EligibilityRule[] =>
  (offer.rules ?? []).map((rule) => ({ criterion: rule.criterion, values: rule.values ?? [], min: rule.min ?? null, max: rule.max ?? null }))
