import { answerMatchesValues, isUnknownAnswer, readAnswer } from '../questionnaire/answers'
import type { AnswerValue, Answers, Question } from '../questionnaire/types'
import { visibleQuestions } from '../questionnaire/visibleQuestions'
import { ruleRange, ruleValues } from './ruleCriteria'
import type { EligibilityRule, RuleEvaluation, RuleRange } from './types'

type Outcome = 'matched' | 'failed' | 'unknown' | 'ignored'

const inRange = (answer: AnswerValue, { min, max }: RuleRange): boolean =>
  typeof answer === 'number' && (min === null || answer >= min) && (max === null || answer <= max)

function outcomeOf(rule: EligibilityRule, answer: AnswerValue | undefined): Outcome {
  const values = ruleValues(rule)
  const range = ruleRange(rule)
  if (!values && !range) return 'ignored'
  if (answer === undefined || isUnknownAnswer(answer)) return 'unknown'
  const passes = (!values || answerMatchesValues(answer, values)) && (!range || inRange(answer, range))
  return passes ? 'matched' : 'failed'
}

/**
 * Evaluates an offer's rules against a young person's answers.
 * A rule passes when the answer is one of its values (multiple: any overlap,
 * exact comparison) and / or within its inclusive [min, max]. A rule whose
 * criterion was not answered, is hidden, or was answered « je ne sais pas » is
 * `unknown` and does not exclude the offer; a rule setting nothing is ignored.
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
      const answer = visibleKeys.has(rule.criterion) ? readAnswer(answers, rule.criterion) : undefined
      const outcome = outcomeOf(rule, answer)
      if (outcome !== 'ignored') evaluation[outcome].push(rule)
    }
    evaluation.eligible = evaluation.failed.length === 0
    return evaluation
  }
}
