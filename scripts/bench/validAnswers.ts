import type { Answers, Question } from '../../src/domain/questionnaire/types'
import { visibleQuestions } from '../../src/domain/questionnaire/visibleQuestions'

/** A plausible complete set of answers: 20 years old, first option of each choice, « non » to yes/no. */
export function validAnswersFor(questions: Question[]): Answers {
  const answers: Answers = {}
  for (const question of questions) {
    if (!visibleQuestions(questions, answers).some((visible) => visible.key === question.key)) continue
    if (question.type === 'number') answers[question.key] = Math.min(Math.max(20, question.min ?? 20), question.max ?? 20)
    else if (question.type === 'boolean') answers[question.key] = 'non'
    else if (question.type === 'multiple') answers[question.key] = [question.options![0].value]
    else answers[question.key] = question.options![0].value
  }
  return answers
}
