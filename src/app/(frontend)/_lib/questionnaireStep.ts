import { isBlankAnswer } from '@/domain/questionnaire/normalizeAnswer'
import type { AnswerError, Answers, Question } from '@/domain/questionnaire/types'

import type { StoredAnswers } from './answersParam'
import { branchedAnswers } from './branchedAnswers'

/** What one screen of the questionnaire received: the answers so far, the answer just given, the question asked for. */
export interface StepInput {
  questions: Question[]
  /** Decoded `r`: a skipped optional question is kept as null (seen, not answered). */
  stored: StoredAnswers
  /** The question the submitted form was about, with the raw values of its field (`question` + `reponse`). */
  answered?: { key: string; values: string[] }
  /** A question asked for by a back link (`voir`). */
  show?: string
}

export type StepResult =
  /** The URL was damaged or tampered with: explain, never crash. */
  | { kind: 'invalid'; errors: AnswerError[] }
  | {
      kind: 'question'
      question: Question
      /** 1-based position among the questions that apply so far. */
      position: number
      total: number
      /** Raw value(s) to pre-fill. */
      current: unknown
      /** French message about the answer just given (required, out of range…). */
      error?: string
      /** Answers to carry in the form and links (every answer kept, the shown question's excluded). */
      carried: StoredAnswers
      /** Answers to carry in the back link (all of them). */
      all: StoredAnswers
      previousKey: string | null
    }
  /** Every question that applies is answered: on to the results. */
  | { kind: 'done'; answers: Answers }

export const REQUIRED_MESSAGE: Record<Question['type'], string> = {
  single: 'Choisis une réponse pour continuer.',
  boolean: 'Choisis « Oui » ou « Non » pour continuer.',
  multiple: 'Coche au moins une réponse pour continuer.',
  number: 'Écris un nombre pour continuer.',
}

/** The raw answer a form field sends, by question type (`null` = left blank). */
export function fromField(question: Question, values: string[]): unknown {
  const filled = values.map((value) => value.trim()).filter((value) => value !== '')
  if (question.type === 'multiple') return filled.length ? filled : null
  return filled[0] ?? null
}

/**
 * One step of the questionnaire, as a pure function of the URL: merges the answer just given, drops answers
 * to questions that no longer apply (branching), and tells which question to show next — or that it is done.
 * Shown next: the answered question again if its answer is wrong; else the question a back link asked for;
 * else the one after the question just answered; else the first question still unanswered.
 */
export function questionnaireStep({ questions, stored, answered, show }: StepInput): StepResult {
  const byKey = new Map(questions.map((question) => [question.key, question]))
  const unknownKeys = Object.keys(stored).filter((key) => !byKey.has(key))
  if (unknownKeys.length) {
    return { kind: 'invalid', errors: unknownKeys.map((key) => ({ field: key, message: `La question « ${key} » n’existe pas dans ce questionnaire.` })) }
  }
  const merged: StoredAnswers = { ...stored }
  const answeredQuestion = answered ? byKey.get(answered.key) : undefined
  if (answered && !answeredQuestion) {
    return { kind: 'invalid', errors: [{ field: answered.key, message: `La question « ${answered.key} » n’existe pas dans ce questionnaire.` }] }
  }
  if (answered && answeredQuestion) merged[answered.key] = fromField(answeredQuestion, answered.values)

  // Branching: which questions apply, given the answers that are valid.
  const { valid, invalid, visible, visibleKeys } = branchedAnswers(questions, merged)

  const tampered = [...invalid].filter(([key]) => visibleKeys.has(key) && key !== answered?.key)
  if (tampered.length) return { kind: 'invalid', errors: tampered.map(([field, message]) => ({ field, message })) }

  const isMissing = (question: Question) => !Object.hasOwn(merged, question.key) || (question.required === true && isBlankAnswer(merged[question.key]))

  let error: string | undefined
  let shown: Question | undefined
  if (answeredQuestion && visibleKeys.has(answeredQuestion.key)) {
    error = invalid.get(answeredQuestion.key)
    if (!error && answeredQuestion.required && isBlankAnswer(merged[answeredQuestion.key])) error = REQUIRED_MESSAGE[answeredQuestion.type]
    if (error) shown = answeredQuestion
  }
  if (!shown && show && visibleKeys.has(show)) shown = byKey.get(show)
  // Like any form wizard: after an answer comes the next question (pre-filled when it was answered before,
  // e.g. after going back), then the first one still missing.
  if (!shown && answeredQuestion && visibleKeys.has(answeredQuestion.key)) shown = visible[visible.indexOf(answeredQuestion) + 1]
  if (!shown) shown = visible.find(isMissing)
  if (!shown) {
    const answers: Answers = {}
    for (const question of visible) if (Object.hasOwn(valid, question.key)) answers[question.key] = valid[question.key]
    return { kind: 'done', answers }
  }

  const position = visible.indexOf(shown)
  const carried = { ...merged }
  delete carried[shown.key]
  if (error) {
    // Keep the faulty value out of the links: only the form shows it again.
    const all = { ...merged }
    delete all[shown.key]
    return {
      kind: 'question',
      question: shown,
      position: position + 1,
      total: visible.length,
      current: merged[shown.key],
      error,
      carried,
      all,
      previousKey: visible[position - 1]?.key ?? null,
    }
  }
  return {
    kind: 'question',
    question: shown,
    position: position + 1,
    total: visible.length,
    current: merged[shown.key],
    carried,
    all: merged,
    previousKey: visible[position - 1]?.key ?? null,
  }
}
