import { isUnknownAnswer, readAnswer } from '../questionnaire/answers'
import { UNKNOWN_ANSWER_LABEL, type AnswerValue, type Answers, type Question } from '../questionnaire/types'
import { visibleQuestions } from '../questionnaire/visibleQuestions'
import { formatNumber } from '../shared/frenchText'

export interface ProfileRow {
  question: string
  answer: string
}

const optionLabel = (question: Question, value: string): string => question.options?.find((option) => option.value === value)?.label ?? value

function answerText(question: Question, answer: AnswerValue): string {
  if (isUnknownAnswer(answer)) return UNKNOWN_ANSWER_LABEL
  if (typeof answer === 'number') return question.key === 'age' ? `${formatNumber(answer)} ans` : formatNumber(answer)
  if (question.type === 'boolean') return answer === 'oui' ? 'Oui' : 'Non'
  const values = Array.isArray(answer) ? answer : [answer]
  return values.map((value) => optionLabel(question, value)).join(', ')
}

/**
 * The young person's situation in plain French, as they saw it: one row per visible, answered question,
 * with the option labels rather than their codes (« Je cherche un emploi », not 'demandeur_emploi').
 */
export function describeAnswers(questions: readonly Question[], answers: Answers): ProfileRow[] {
  return visibleQuestions(questions, answers).flatMap((question) => {
    const answer = readAnswer(answers, question.key)
    return answer === undefined ? [] : [{ question: question.label || question.key, answer: answerText(question, answer) }]
  })
}
