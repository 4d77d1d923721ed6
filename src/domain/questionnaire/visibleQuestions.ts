import { answerMatchesValues, readAnswer } from './answers'
import type { Answers, Question } from './types'

/**
 * The questions to show, in order. A conditional question is visible only if
 * the question it depends on is itself visible (and comes before it) and its
 * answer matches the condition; 'ne_sais_pas' matches nothing.
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const visibleKeys = new Set<string>()
  const visible: Question[] = []
  for (const question of questions) {
    const condition = question.condition
    const shown =
      !condition || (visibleKeys.has(condition.questionKey) && answerMatchesValues(readAnswer(answers, condition.questionKey), condition.values ?? []))
    if (!shown) continue
    visibleKeys.add(question.key)
    visible.push(question)
  }
  return visible
}
