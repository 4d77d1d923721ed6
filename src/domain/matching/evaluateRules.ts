import { answerMatchesValues, isUnknownAnswer, readAnswer } from '../questionnaire/answers'
import type { AnswerValue, Answers, Question } from '../questionnaire/types'
import { visibleQuestions } from '../questionnaire/visibleQuestions'
import { ruleAlternatives, ruleRange, ruleValues } from './ruleCriteria'
import type { EligibilityRule, RuleCondition, RuleEvaluation, RuleRange } from './types'

type Outcome = 'matched' | 'failed' | 'unknown' | 'ignored'

const inRange = (answer: AnswerValue, { min, max }: RuleRange): boolean =>
  typeof answer === 'number' && (min === null || answer >= min) && (max === null || answer <= max)

function outcomeOf(rule: RuleCondition, answer: AnswerValue | undefined): Outcome {
  const values = ruleValues(rule)
  const range = ruleRange(rule)
  if (!values && !range) return 'ignored'
  if (answer === undefined || isUnknownAnswer(answer)) return 'unknown'
  const passes = (!values || answerMatchesValues(answer, values)) && (!range || inRange(answer, range))
  return passes ? 'matched' : 'failed'
}

/**
 * Evaluates an offer's rules (combined with « et ») against a young person's answers.
 * A condition passes when the answer is one of its values (multiple: any overlap,
 * exact comparison) and / or within its inclusive [min, max]. A condition whose
 * criterion was not answered, is hidden, or was answered « je ne sais pas » is
 * `unknown`; one setting nothing is ignored. A rule with alternatives (« ou ») is
 * matched when one of them passes, else unknown when one is unknown (unknown
 * answers never exclude the offer), else failed.
 */
export function evaluateRules(rules: readonly EligibilityRule[], answers: Answers, questions: readonly Question[]): RuleEvaluation {
  return rulesEvaluator(answers, questions)(rules)
}

/** `evaluateRules` for many offers and the same answers: which questions apply is worked out once. */
export function rulesEvaluator(answers: Answers, questions: readonly Question[]): (rules: readonly EligibilityRule[]) => RuleEvaluation {
  const visibleKeys = new Set(visibleQuestions(questions, answers).map((question) => question.key))
  return (rules) => {
    const evaluation: RuleEvaluation = { eligible: true, matched: [], failed: [], unknown: [] }
    for (const rule of rules) {
      const outcomes = ruleAlternatives(rule).map((condition) => {
        const answer = visibleKeys.has(condition.criterion) ? readAnswer(answers, condition.criterion) : undefined
        return { condition, outcome: outcomeOf(condition, answer) }
      })
      const held = outcomes.filter(({ outcome }) => outcome === 'matched').map(({ condition }) => condition)
      if (held.length) evaluation.matched.push(...(rule.anyOf?.length ? held : [rule]))
      else if (outcomes.some(({ outcome }) => outcome === 'unknown')) evaluation.unknown.push(rule)
      else if (outcomes.some(({ outcome }) => outcome === 'failed')) evaluation.failed.push(rule)
    }
    evaluation.eligible = evaluation.failed.length === 0
    return evaluation
  }
}
