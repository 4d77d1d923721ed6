import { UNKNOWN_ANSWER, type AnswerValue, type Answers } from './types'

/** Own-property read: never returns inherited members such as `constructor`. */
export function readAnswer(answers: Answers, key: string): AnswerValue | undefined {
  return Object.hasOwn(answers, key) ? answers[key] : undefined
}

/** True for 'ne_sais_pas' and ['ne_sais_pas']. */
export function isUnknownAnswer(answer: AnswerValue | undefined): boolean {
  if (Array.isArray(answer)) return answer.includes(UNKNOWN_ANSWER)
  return answer === UNKNOWN_ANSWER
}

/**
 * Exact comparison (never substring): a string answer matches when it is one of
 * `values`, a multiple answer when at least one of its values is. Numbers and
 * the unknown answer match nothing.
 */
export function answerMatchesValues(answer: AnswerValue | undefined, values: readonly string[]): boolean {
  if (answer === undefined || isUnknownAnswer(answer)) return false
  if (Array.isArray(answer)) return answer.some((value) => values.includes(value))
  return typeof answer === 'string' && values.includes(answer)
}
