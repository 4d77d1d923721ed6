import type { Offer } from '@/payload-types'

import type { EligibilityRule, RuleCondition } from './types'

/** An offer's stored eligibility rules as the evaluator reads them (unset values and bounds normalised). */
export const rulesOf = (offer: Pick<Offer, 'rules'>): EligibilityRule[] =>
  (offer.rules ?? []).map((rule) => ({
    ...conditionOf(rule),
    ...(rule.anyOf?.length ? { anyOf: rule.anyOf.map(conditionOf) } : {}),
  }))

type StoredCondition = { criterion: string; values?: string[] | null; min?: number | null; max?: number | null }

const conditionOf = (rule: StoredCondition): RuleCondition => ({
  criterion: rule.criterion,
  values: rule.values ?? [],
  min: rule.min ?? null,
  max: rule.max ?? null,
})
