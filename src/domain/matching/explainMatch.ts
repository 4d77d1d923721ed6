import { readAnswer } from '../questionnaire/answers'
import type { Answers, Question } from '../questionnaire/types'
import { formatNumber } from '../shared/frenchText'
import { ruleAlternatives, ruleRange, ruleValues } from './ruleCriteria'
import type { EligibilityRule, RuleCondition, RuleRange } from './types'

const AGE_CRITERION = 'age'

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** « Pour les 16–25 ans », « À partir de 18 ans », « Jusqu'à 25 ans ». */
function ageReason({ min, max }: RuleRange): string {
  if (min !== null && max !== null) {
    return min === max ? `Pour les jeunes de ${formatNumber(min)} ans` : `Pour les ${formatNumber(min)}–${formatNumber(max)} ans`
  }
  return min !== null ? `À partir de ${formatNumber(min)} ans` : `Jusqu'à ${formatNumber(max as number)} ans`
}

/** « Enfants : de 1 à 3 », « Enfants : au moins 1 », « Enfants : au plus 3 ». */
function numberReason(name: string, { min, max }: RuleRange): string {
  if (min !== null && max !== null) {
    return min === max ? `${name} : ${formatNumber(min)}` : `${name} : de ${formatNumber(min)} à ${formatNumber(max)}`
  }
  return min !== null ? `${name} : au moins ${formatNumber(min)}` : `${name} : au plus ${formatNumber(max as number)}`
}

function rangeReason(rule: RuleCondition, range: RuleRange, question: Question | undefined): string {
  if (rule.criterion === AGE_CRITERION) return ageReason(range)
  return numberReason(question?.shortLabel || question?.label || rule.criterion, range)
}

function optionLabel(question: Question | undefined, value: string): string {
  if (question?.type === 'boolean') return capitalize(value)
  return question?.options?.find((option) => option.value === value)?.label || value
}

/** The accepted values the young person actually chose, or all accepted values when unknown. */
function heldValues(accepted: string[], criterion: string, answers: Answers | undefined): string[] {
  const answer = answers ? readAnswer(answers, criterion) : undefined
  const given = Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []
  const held = accepted.filter((value) => given.includes(value))
  return held.length > 0 ? held : accepted
}

/** « Situation : Demandeur d'emploi » with a short label, the option labels alone otherwise. */
function valuesReason(rule: RuleCondition, accepted: string[], question: Question | undefined, answers: Answers | undefined): string {
  const labels = [...new Set(heldValues(accepted, rule.criterion, answers).map((value) => optionLabel(question, value)))].join(', ')
  const prefix = question?.type === 'boolean' ? question.shortLabel || question.label : question?.shortLabel
  return prefix ? `${prefix} : ${labels}` : labels
}

function conditionReasons(rule: RuleCondition, questions: readonly Question[], answers: Answers | undefined): string[] {
  const question = questions.find((candidate) => candidate.key === rule.criterion)
  const values = ruleValues(rule)
  const range = ruleRange(rule)
  return [...(values ? [valuesReason(rule, values, question, answers)] : []), ...(range ? [rangeReason(rule, range, question)] : [])]
}

/**
 * French reasons why an offer matches, one per matched rule part, in rule
 * order and de-duplicated. Pass the answers to name only the accepted options
 * the young person chose. A rule still carrying alternatives (the offer's rules
 * as written, not an evaluation's `matched`) reads « … ou … ».
 */
export function explainMatch(matched: readonly EligibilityRule[], questions: readonly Question[], answers?: Answers): string[] {
  const reasons = matched.flatMap((rule) => {
    if (!rule.anyOf?.length) return conditionReasons(rule, questions, answers)
    const alternatives = ruleAlternatives(rule)
      .map((condition) => conditionReasons(condition, questions, answers).join(', '))
      .filter(Boolean)
    return alternatives.length ? [[...new Set(alternatives)].join(' ou ')] : []
  })
  return [...new Set(reasons)]
}
