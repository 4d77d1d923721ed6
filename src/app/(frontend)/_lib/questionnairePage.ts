import { isBlankAnswer } from '@/domain/questionnaire/normalizeAnswer'
import { questionnaireSteps, type QuestionnaireStep } from '@/domain/questionnaire/steps'
import type { AnswerError, Answers, Question } from '@/domain/questionnaire/types'

import type { StoredAnswers } from './answersParam'
import { branchedAnswers } from './branchedAnswers'
import { fromField, REQUIRED_MESSAGE } from './questionnaireStep'

/** What one page of a questionnaire with steps received. */
export interface PageInput {
  questions: Question[]
  /** Decoded `r`: a skipped optional question is kept as null (seen, not answered). */
  stored: StoredAnswers
  /** The questions the submitted page showed (`question`, repeated) and the raw values of their fields (`reponse.<clé>`). */
  answered?: { keys: string[]; values: (key: string) => string[] }
  /** A step asked for by a back link (`etape`, 1-based). */
  show?: number
}

export type PageResult =
  | { kind: 'invalid'; errors: AnswerError[] }
  | {
      kind: 'step'
      step: QuestionnaireStep
      /** 1-based position among the steps that have a question to ask. */
      position: number
      total: number
      /** Its questions that apply, in order. */
      questions: Question[]
      /** Raw value(s) to pre-fill, by key. */
      current: StoredAnswers
      /** French messages about the answers just given, by key. */
      errors: Record<string, string>
      /** Answers to carry in the form (every answer kept, the shown questions' excluded). */
      carried: StoredAnswers
      /** Answers to carry in the back link (all of them, faulty ones excluded). */
      all: StoredAnswers
      /** 1-based number (`etape`) of the previous step with questions, if any. */
      previousStep: number | null
      nextTitle: string | null
    }
  | { kind: 'done'; answers: Answers }

/**
 * One page of a questionnaire with steps, as a pure function of the URL: merges the answers just given, drops
 * answers to questions that no longer apply (branches, within a step and across steps), and tells which step to
 * show — or that it is done. Shown: the submitted step again when an answer is wrong or when its answers revealed
 * a question of the same step still unanswered; else the step a back link asked for; else the step after the one
 * submitted (pre-filled when it was answered before); else the first step with a question still unanswered.
 */
export function questionnairePage({ questions, stored, answered, show }: PageInput): PageResult {
  const byKey = new Map(questions.map((question) => [question.key, question]))
  const unknownKeys = [...Object.keys(stored), ...(answered?.keys ?? [])].filter((key) => !byKey.has(key))
  if (unknownKeys.length) {
    return {
      kind: 'invalid',
      errors: [...new Set(unknownKeys)].map((key) => ({ field: key, message: `La question « ${key} » n’existe pas dans ce questionnaire.` })),
    }
  }
  const steps = questionnaireSteps(questions)
  const stepOf = (key: string) => steps.find((step) => step.questions.some((question) => question.key === key))
  const submittedKeys = new Set(answered?.keys ?? [])
  const merged: StoredAnswers = { ...stored }
  for (const key of submittedKeys) merged[key] = fromField(byKey.get(key) as Question, answered?.values(key) ?? [])

  const { valid, invalid, visible, visibleKeys } = branchedAnswers(questions, merged)

  const tampered = [...invalid].filter(([key]) => visibleKeys.has(key) && !submittedKeys.has(key))
  if (tampered.length) return { kind: 'invalid', errors: tampered.map(([field, message]) => ({ field, message })) }

  const errors: Record<string, string> = {}
  for (const key of submittedKeys) {
    const question = byKey.get(key) as Question
    if (!visibleKeys.has(key)) continue
    const error = invalid.get(key) ?? (question.required && isBlankAnswer(merged[key]) ? REQUIRED_MESSAGE[question.type] : undefined)
    if (error) errors[key] = error
  }
  const isMissing = (question: Question) => !Object.hasOwn(merged, question.key) || (question.required === true && isBlankAnswer(merged[question.key]))
  const applying = (step: QuestionnaireStep) => step.questions.filter((question) => visibleKeys.has(question.key))
  const withQuestions = steps.filter((step) => applying(step).length > 0)
  const submitted = answered?.keys.length ? stepOf(answered.keys[0]) : undefined

  let shown: QuestionnaireStep | undefined
  if (submitted && (Object.keys(errors).length || applying(submitted).some(isMissing))) shown = submitted
  if (!shown && show !== undefined) shown = withQuestions.find((step) => step.index === show - 1)
  if (!shown && submitted) shown = withQuestions.find((step) => step.index > submitted.index)
  if (!shown) shown = withQuestions.find((step) => applying(step).some(isMissing))
  if (!shown) {
    const answers: Answers = {}
    for (const question of visible) if (Object.hasOwn(valid, question.key)) answers[question.key] = valid[question.key]
    return { kind: 'done', answers }
  }

  const shownQuestions = applying(shown)
  const position = withQuestions.indexOf(shown)
  const carried = { ...merged }
  const all = { ...merged }
  for (const question of shownQuestions) delete carried[question.key]
  for (const key of Object.keys(errors)) delete all[key]
  return {
    kind: 'step',
    step: shown,
    position: position + 1,
    total: withQuestions.length,
    questions: shownQuestions,
    current: Object.fromEntries(shownQuestions.map((question) => [question.key, merged[question.key]])),
    errors,
    carried,
    all,
    previousStep: position > 0 ? withQuestions[position - 1].index + 1 : null,
    nextTitle: withQuestions[position + 1]?.title || null,
  }
}
