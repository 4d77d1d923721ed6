import type { EligibilityRule } from '@/domain/matching/types'

/**
 * Offers' eligibility rules written in one spreadsheet cell, e.g.
 * `age:16-25 | situation=demandeur_emploi,sans_activite | permis=non`:
 * `critère=valeur1,valeur2` for the accepted answers, `critère:min-max` (or `min-`, `-max`, one number)
 * for a number. The export writes the same syntax, so an exported file can be imported again.
 */
export const RULES_SYNTAX_HELP = '« critère=valeur1,valeur2 » ou « critère:min-max », séparées par « | » (ex. « age:16-25 | permis=non »)'

const RULE_SEPARATOR = /\s*[|\n]\s*/
const NUMBER = '(\\d+(?:[.,]\\d+)?)'
const RANGE = new RegExp(`^${NUMBER}?\\s*-\\s*${NUMBER}?$`)
const SINGLE = new RegExp(`^${NUMBER}$`)

const toNumber = (text: string | undefined): number | null => (text ? Number(text.replace(',', '.')) : null)

export interface RulesParseResult {
  rules: EligibilityRule[]
  errors: string[]
}

export function parseRules(text: string): RulesParseResult {
  const rules: EligibilityRule[] = []
  const errors: string[] = []
  const parts = text
    .split(RULE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)
  parts.forEach((part, index) => {
    const match = /^([A-Za-z0-9_-]+)\s*([=:])\s*(.*)$/.exec(part)
    const fail = () => errors.push(`Condition n°${index + 1} « ${part} » : écrivez ${RULES_SYNTAX_HELP}.`)
    if (!match) return fail()
    const [, criterion, operator, rest] = match
    if (operator === '=') {
      const values = rest
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean)
      if (!values.length) return fail()
      rules.push({ criterion, values, min: null, max: null })
      return
    }
    const single = SINGLE.exec(rest.trim())
    if (single) {
      const value = toNumber(single[1])
      rules.push({ criterion, values: [], min: value, max: value })
      return
    }
    const range = RANGE.exec(rest.trim())
    if (!range || (!range[1] && !range[2])) return fail()
    rules.push({ criterion, values: [], min: toNumber(range[1]), max: toNumber(range[2]) })
  })
  return { rules, errors }
}

export function formatRules(rules: readonly EligibilityRule[]): string {
  return rules
    .map((rule) => {
      if (rule.values?.length) return `${rule.criterion}=${rule.values.join(',')}`
      const min = rule.min ?? null
      const max = rule.max ?? null
      if (min === null && max === null) return ''
      if (min !== null && min === max) return `${rule.criterion}:${min}`
      return `${rule.criterion}:${min ?? ''}-${max ?? ''}`
    })
    .filter(Boolean)
    .join(' | ')
}
