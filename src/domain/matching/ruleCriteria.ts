import type { EligibilityRule, RuleCondition, RuleRange } from './types'

const bound = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** The accepted values of a rule, or null when it sets none. */
export function ruleValues(rule: RuleCondition): string[] | null {
  return Array.isArray(rule.values) && rule.values.length > 0 ? rule.values : null
}

/** The inclusive range of a rule, or null when it sets no bound. */
export function ruleRange(rule: RuleCondition): RuleRange | null {
  const min = bound(rule.min)
  const max = bound(rule.max)
  return min === null && max === null ? null : { min, max }
}

/** The alternatives of a rule: its own condition, then its `anyOf`, each without alternatives. */
export function ruleAlternatives(rule: EligibilityRule): RuleCondition[] {
  const own = { criterion: rule.criterion, values: rule.values, min: rule.min, max: rule.max }
  return [own, ...(rule.anyOf ?? [])].map(({ criterion, values, min, max }) => ({ criterion, values, min, max }))
}
