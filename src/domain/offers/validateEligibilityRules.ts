import type { EligibilityRule } from '@/domain/matching/types'
import { allowedValues } from '@/domain/questionnaire/allowedValues'
import type { Question } from '@/domain/questionnaire/types'

export interface RuleError {
  index: number
  field: 'criterion' | 'values' | 'min' | 'max'
  message: string
}

export interface RuleContext {
  /**
   * The questions of the national template when the territory's own questionnaire replaces it for the
   * theme: a criterion only they ask is refused with a message that says why (matching never asks it).
   */
  overriddenTemplate?: Question[]
}

/**
 * Checks an offer's eligibility rules against the criteria of the questionnaire matching uses for the
 * offer's territory and theme (`applicableQuestionnaire`): a known criterion, once; accepted values among
 * the question's answers; a coherent min/max for numbers.
 */
export function validateEligibilityRules(rules: EligibilityRule[], questions: Question[], context: RuleContext = {}): RuleError[] {
  const errors: RuleError[] = []
  const seen = new Set<string>()
  rules.forEach((rule, index) => {
    const question = questions.find((candidate) => candidate.key === rule.criterion)
    const position = `Condition n°${index + 1}`
    if (!question) {
      const known = [...new Set(questions.map((candidate) => candidate.key))].join(', ')
      if (context.overriddenTemplate?.some((candidate) => candidate.key === rule.criterion)) {
        errors.push({
          index,
          field: 'criterion',
          message: `${position} : le critère « ${rule.criterion} » n’est posé que par le questionnaire national ; ce territoire a son propre questionnaire pour ce thème, qui ne le pose pas : la condition ne s’appliquerait jamais (critères possibles : ${known || 'aucun'}).`,
        })
        return
      }
      errors.push({
        index,
        field: 'criterion',
        message: `${position} : le critère « ${rule.criterion} » n’existe pas dans le questionnaire de ce thème (critères possibles : ${known}).`,
      })
      return
    }
    if (seen.has(rule.criterion)) {
      errors.push({ index, field: 'criterion', message: `${position} : le critère « ${rule.criterion} » a déjà une condition ; regroupez-les.` })
    }
    seen.add(rule.criterion)
    const values = rule.values ?? []
    const hasBounds = (rule.min ?? null) !== null || (rule.max ?? null) !== null
    if (question.type === 'number') {
      if (values.length)
        errors.push({
          index,
          field: 'values',
          message: `${position} : « ${rule.criterion} » est un nombre : indiquez un minimum et/ou un maximum, pas des réponses.`,
        })
      if (!hasBounds) errors.push({ index, field: 'min', message: `${position} : indiquez un minimum et/ou un maximum pour « ${rule.criterion} ».` })
      if (rule.min != null && rule.max != null && rule.min > rule.max) {
        errors.push({ index, field: 'max', message: `${position} : le maximum (${rule.max}) est inférieur au minimum (${rule.min}).` })
      }
      return
    }
    if (hasBounds)
      errors.push({
        index,
        field: 'min',
        message: `${position} : « ${rule.criterion} » n’est pas un nombre : choisissez des réponses acceptées, sans minimum ni maximum.`,
      })
    if (!values.length) errors.push({ index, field: 'values', message: `${position} : choisissez au moins une réponse acceptée pour « ${rule.criterion} ».` })
    const allowed = allowedValues(question) ?? []
    const unknown = values.filter((value) => !allowed.includes(value))
    if (unknown.length) {
      errors.push({
        index,
        field: 'values',
        message: `${position} : ${unknown.map((value) => `« ${value} »`).join(', ')} ne fait pas partie des réponses possibles à « ${rule.criterion} » (${allowed.join(', ')}).`,
      })
    }
  })
  return errors
}
