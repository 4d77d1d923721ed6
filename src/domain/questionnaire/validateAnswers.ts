import { isBlankAnswer, normalizeAnswer, type NormalizedAnswer } from './normalizeAnswer'
import type { AnswerError, Answers, AnswerValue, AnswersValidation, Question } from './types'
import { visibleQuestions } from './visibleQuestions'

const HIDDEN_MESSAGE = "Cette question ne s'applique pas à ta situation."

function isPlainObject(input: unknown): input is Record<string, unknown> {
  // Tag check rather than prototype identity: parsed JSON may come from another realm (e.g. a VM context).
  return Object.prototype.toString.call(input) === '[object Object]' && !Array.isArray(input)
}

function unknownKeyErrors(questions: readonly Question[], input: Record<string, unknown>): AnswerError[] {
  const known = new Set(questions.map((question) => question.key))
  return Object.keys(input)
    .filter((key) => !known.has(key))
    .map((key) => ({ field: key, message: `La question « ${key} » n'existe pas dans ce questionnaire.` }))
}

/** Normalises every non-blank answer to a known question, visible or not. */
function normalizeAll(questions: readonly Question[], input: Record<string, unknown>): Map<string, NormalizedAnswer> {
  const results = new Map<string, NormalizedAnswer>()
  for (const question of questions) {
    if (!Object.hasOwn(input, question.key)) continue
    const raw = input[question.key]
    if (!isBlankAnswer(raw)) results.set(question.key, normalizeAnswer(question, raw))
  }
  return results
}

/**
 * Validates the untrusted answers of a young person (parsed JSON or form data)
 * against a questionnaire. On success, returns the normalised answers to the
 * visible questions only; otherwise every error, keyed by question.
 *
 * Blank values (null, '', []) count as « not answered »; they are neither
 * errors on hidden questions nor kept in the result.
 */
export function validateAnswers(questions: readonly Question[], input: unknown): AnswersValidation {
  if (!isPlainObject(input)) {
    return { ok: false, errors: [{ field: '', message: "Les réponses doivent être envoyées sous la forme d'un objet « question : réponse »." }] }
  }
  const uniqueQuestions = questions.filter((question, index) => questions.findIndex((other) => other.key === question.key) === index)
  const errors = unknownKeyErrors(uniqueQuestions, input)
  const results = normalizeAll(uniqueQuestions, input)
  const candidates: Answers = Object.fromEntries([...results].flatMap(([key, result]) => (result.ok ? [[key, result.value] as const] : [])))
  const visibleKeys = new Set(visibleQuestions(uniqueQuestions, candidates).map((question) => question.key))
  const entries: [string, AnswerValue][] = []
  for (const question of uniqueQuestions) {
    const result = results.get(question.key)
    const visible = visibleKeys.has(question.key)
    if (result && !visible) errors.push({ field: question.key, message: HIDDEN_MESSAGE })
    else if (result && !result.ok) errors.push({ field: question.key, message: result.message })
    else if (result?.ok) entries.push([question.key, result.value])
    else if (visible && question.required) {
      errors.push({ field: question.key, message: `Merci de répondre à la question « ${question.label || question.key} ».` })
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: Object.fromEntries(entries) }
}
