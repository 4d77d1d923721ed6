import { conditionHolds } from './conditionHolds'
import type { Answers, Question } from './types'

/**
 * The questions to show, in order — the one branch rule, used by the public flow, the answers' validation,
 * the matching and the back office. A question is shown when every one of its conditions holds: the question
 * a condition reads is itself shown (and comes before), and its answer is one of the values (`in`) or none of
 * them (`notIn`); 'ne_sais_pas' is none of them.
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Question[] {
  const visibleKeys = new Set<string>()
  const visible: Question[] = []
  for (const question of questions) {
    const shown = (question.conditions ?? []).every((condition) => visibleKeys.has(condition.questionKey) && conditionHolds(condition, answers))
    if (!shown) continue
    visibleKeys.add(question.key)
    visible.push(question)
  }
  return visible
}
