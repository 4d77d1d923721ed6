import type { EligibilityRule, RuleCondition } from '@/domain/matching/types'
import { allowedValues } from '@/domain/questionnaire/allowedValues'
import type { Question } from '@/domain/questionnaire/types'

export interface RuleError {
  index: number
  /** 0-based position in the rule's alternatives (`anyOf`) when the error is on one of them. */
  alternative?: number
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

type ConditionError = Omit<RuleError, 'index' | 'alternative'>

/** One condition (a rule or one of its alternatives) against the questions; `position` names it in the messages. */
function checkCondition(rule: RuleCondition, questions: Question[], position: string, context: RuleContext): ConditionError[] {
  const errors: ConditionError[] = []
  const question = questions.find((candidate) => candidate.key === rule.criterion)
  if (!question) {
    const known = [...new Set(questions.map((candidate) => candidate.key))].join(', ')
    if (context.overriddenTemplate?.some((candidate) => candidate.key === rule.criterion)) {
      return [
        {
          field: 'criterion',
          message: `${position} : le critère « ${rule.criterion} » n’est posé que par le questionnaire national ; ce territoire a son propre questionnaire pour ce thème, qui ne le pose pas : la condition ne s’appliquerait jamais (critères possibles : ${known || 'aucun'}).`,
        },
      ]
    }
    return [
      {
        field: 'criterion',
        message: `${position} : le critère « ${rule.criterion} » n’existe pas dans le questionnaire de ce thème (critères possibles : ${known}).`,
      },
    ]
  }
  const values = rule.values ?? []
  const hasBounds = (rule.min ?? null) !== null || (rule.max ?? null) !== null
  if (question.type === 'number') {
    if (values.length)
      errors.push({ field: 'values', message: `${position} : « ${rule.criterion} » est un nombre : indiquez un minimum et/ou un maximum, pas des réponses.` })
    if (!hasBounds) errors.push({ field: 'min', message: `${position} : indiquez un minimum et/ou un maximum pour « ${rule.criterion} ».` })
    if (rule.min != null && rule.max != null && rule.min > rule.max) {
      errors.push({ field: 'max', message: `${position} : le maximum (${rule.max}) est inférieur au minimum (${rule.min}).` })
    }
    return errors
  }
  if (hasBounds)
    errors.push({
      field: 'min',
      message: `${position} : « ${rule.criterion} » n’est pas un nombre : choisissez des réponses acceptées, sans minimum ni maximum.`,
    })
  if (!values.length) errors.push({ field: 'values', message: `${position} : choisissez au moins une réponse acceptée pour « ${rule.criterion} ».` })
  const allowed = allowedValues(question) ?? []
  const unknown = values.filter((value) => !allowed.includes(value))
  if (unknown.length) {
    errors.push({
      field: 'values',
      message: `${position} : ${unknown.map((value) => `« ${value} »`).join(', ')} ne fait pas partie des réponses possibles à « ${rule.criterion} » (${allowed.join(', ')}).`,
    })
  }
  return errors
}

/**
 * Checks an offer's eligibility rules against the criteria of the questionnaire matching uses for the
 * offer's territory and theme (`applicableQuestionnaire`): a known criterion, once per offer (its
 * alternatives « ou » may use any criterion); accepted values among the question's answers; a coherent
 * min/max for numbers — for the rule and each of its alternatives alike.
 */
export function validateEligibilityRules(rules: EligibilityRule[], questions: Question[], context: RuleContext = {}): RuleError[] {
  const errors: RuleError[] = []
  const seen = new Set<string>()
  rules.forEach((rule, index) => {
    const position = `Condition n°${index + 1}`
    const own = checkCondition(rule, questions, position, context)
    errors.push(...own.map((error) => ({ index, ...error })))
    const known = questions.some((candidate) => candidate.key === rule.criterion)
    if (known && seen.has(rule.criterion)) {
      errors.push({ index, field: 'criterion', message: `${position} : le critère « ${rule.criterion} » a déjà une condition ; regroupez-les.` })
    }
    if (known) seen.add(rule.criterion)
    ;(rule.anyOf ?? []).forEach((alternative, alternativeIndex) => {
      const named = `${position}, alternative « ou » n°${alternativeIndex + 1}`
      errors.push(...checkCondition(alternative, questions, named, context).map((error) => ({ index, alternative: alternativeIndex, ...error })))
    })
  })
  return errors
}
