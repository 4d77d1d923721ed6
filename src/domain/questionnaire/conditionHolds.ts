import { answerMatchesValues, readAnswer } from './answers'
import type { Answers, QuestionCondition } from './types'

/** Whether one condition holds for the answers, its question being shown (see `visibleQuestions`). Pure. */
export function conditionHolds(condition: QuestionCondition, answers: Answers): boolean {
  const matches = answerMatchesValues(readAnswer(answers, condition.questionKey), condition.values ?? [])
  return condition.operator === 'notIn' ? !matches : matches
}
