import { isBlankAnswer, normalizeAnswer } from '@/domain/questionnaire/normalizeAnswer'
import type { Answers, Question } from '@/domain/questionnaire/types'
import { visibleQuestions } from '@/domain/questionnaire/visibleQuestions'

import type { StoredAnswers } from './answersParam'

/**
 * Branching over the answers carried in the address: which questions apply given the answers that are valid,
 * and which answers are invalid. Answers to questions that no longer apply are removed from `merged` (in place),
 * so a changed earlier answer never carries a hidden one along. Shared by the one-question and step-per-page flows.
 */
export interface Branches {
  /** the valid answers, normalised */
  valid: Answers
  /** the French message of each invalid answer, by question key */
  invalid: Map<string, string>
  /** the questions that apply, in order */
  visible: Question[]
  visibleKeys: Set<string>
}

export function branchedAnswers(questions: readonly Question[], merged: StoredAnswers): Branches {
  const valid: Answers = {}
  const invalid = new Map<string, string>()
  for (const question of questions) {
    if (!Object.hasOwn(merged, question.key) || isBlankAnswer(merged[question.key])) continue
    const result = normalizeAnswer(question, merged[question.key])
    if (result.ok) valid[question.key] = result.value
    else invalid.set(question.key, result.message)
  }
  const visible = visibleQuestions(questions, valid)
  const visibleKeys = new Set(visible.map((question) => question.key))
  for (const key of Object.keys(merged)) if (!visibleKeys.has(key)) delete merged[key]
  return { valid, invalid, visible, visibleKeys }
}
