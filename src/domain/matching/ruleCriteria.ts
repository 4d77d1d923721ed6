import type { EligibilityRule, RuleRange } from './types'

const bound = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** The accepted values of a rule, or null when it sets none. */
export function ruleValues(rule: EligibilityRule): string[] | null {
  return Array.isArray(rule.values) && rule.values.length > 0 ? rule.values : null
}

/** The inclusive range of a rule, or null when it sets no bound. */
export function ruleRange(rule: EligibilityRule): RuleRange | null {
  const min = bound(rule.min)
  const max = bound(rule.max)
  return min === null && max === null ? null : { min, max }
}
