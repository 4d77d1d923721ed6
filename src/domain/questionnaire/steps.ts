import type { Question } from './types'

export interface QuestionnaireStep {
  /** 0-based. */
  index: number
  title: string
  questions: Question[]
}

/**
 * The steps (pages) of a questionnaire: a question with a step title opens a new step, the following ones
 * belong to it. Empty when no question has a step title (one question per page). Questions before the first
 * titled one — refused by `validateQuestionnaire` — make an untitled first step. Pure.
 */
export function questionnaireSteps(questions: readonly Question[]): QuestionnaireStep[] {
  if (!questions.some((question) => stepTitle(question))) return []
  const steps: QuestionnaireStep[] = []
  for (const question of questions) {
    const title = stepTitle(question)
    if (title || steps.length === 0) steps.push({ index: steps.length, title: title ?? '', questions: [] })
    steps[steps.length - 1].questions.push(question)
  }
  return steps
}

/** The trimmed step title a question opens, or null. */
export function stepTitle(question: Pick<Question, 'step'>): string | null {
  const title = typeof question.step === 'string' ? question.step.trim() : ''
  return title || null
}
