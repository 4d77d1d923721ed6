import type { EligibilityRule, RuleCondition } from '@/domain/matching/types'

/**
 * Offers' eligibility rules written in one spreadsheet cell, e.g.
 * `age:16-25 | situation=demandeur_emploi,sans_activite | permis=non`:
 * `critère=valeur1,valeur2` for the accepted answers, `critère:min-max` (or `min-`, `-max`, one number)
 * for a number; alternatives of one condition joined by « ou » (`inscriptions=mission_locale ou situation=sans_activite`).
 * The export writes the same syntax, so an exported file can be imported again.
 */
export const RULES_SYNTAX_HELP =
  '« critère=valeur1,valeur2 » ou « critère:min-max », séparées par « | », une alternative par « ou » (ex. « age:16-25 | permis=non ou situation=etudiant »)'

const ALTERNATIVE_SEPARATOR = /\s+ou\s+/i

const RULE_SEPARATOR = /\s*[|\n]\s*/
const NUMBER = '(\\d+(?:[.,]\\d+)?)'
const RANGE = new RegExp(`^${NUMBER}?\\s*-\\s*${NUMBER}?$`)
const SINGLE = new RegExp(`^${NUMBER}$`)

const toNumber = (text: string | undefined): number | null => (text ? Number(text.replace(',', '.')) : null)

export interface RulesParseResult {
  rules: EligibilityRule[]
  errors: string[]
}

/** One `critère=…` or `critère:…` part, or null when it is not written so. */
function parseCondition(part: string): RuleCondition | null {
  const match = /^([A-Za-z0-9_-]+)\s*([=:])\s*(.*)$/.exec(part)
  if (!match) return null
  const [, criterion, operator, rest] = match
  if (operator === '=') {
    const values = rest
      .split(',')
      .map((value) => value.trim())
      .filter(Boolean)
    return values.length ? { criterion, values, min: null, max: null } : null
  }
  const single = SINGLE.exec(rest.trim())
  if (single) {
    const value = toNumber(single[1])
    return { criterion, values: [], min: value, max: value }
  }
  const range = RANGE.exec(rest.trim())
  if (!range || (!range[1] && !range[2])) return null
  return { criterion, values: [], min: toNumber(range[1]), max: toNumber(range[2]) }
}

export function parseRules(text: string): RulesParseResult {
  const rules: EligibilityRule[] = []
  const errors: string[] = []
  const parts = text
    .split(RULE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)
  parts.forEach((part, index) => {
    const conditions = part.split(ALTERNATIVE_SEPARATOR).map(parseCondition)
    if (conditions.some((condition) => condition === null)) {
      errors.push(`Condition n°${index + 1} « ${part} » : écrivez ${RULES_SYNTAX_HELP}.`)
      return
    }
    const [first, ...alternatives] = conditions as RuleCondition[]
    rules.push(alternatives.length ? { ...first, anyOf: alternatives } : first)
  })
  return { rules, errors }
}

function formatCondition(rule: RuleCondition): string {
  if (rule.values?.length) return `${rule.criterion}=${rule.values.join(',')}`
  const min = rule.min ?? null
  const max = rule.max ?? null
  if (min === null && max === null) return ''
  if (min !== null && min === max) return `${rule.criterion}:${min}`
  return `${rule.criterion}:${min ?? ''}-${max ?? ''}`
}

export function formatRules(rules: readonly EligibilityRule[]): string {
  return rules
    .map((rule) => [rule, ...(rule.anyOf ?? [])].map(formatCondition).filter(Boolean).join(' ou '))
    .filter(Boolean)
    .join(' | ')
}
