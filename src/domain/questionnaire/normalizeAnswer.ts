import { formatNumber, quote } from '../shared/frenchText'
import { allowedValues } from './allowedValues'
import { MAX_ANSWER_LENGTH, UNKNOWN_ANSWER, type AnswerValue, type Question } from './types'

export type NormalizedAnswer = { ok: true; value: AnswerValue } | { ok: false; message: string }

type Normalizer = (question: Question, raw: unknown) => NormalizedAnswer

const questionText = (question: Question): string => quote(question.label || question.key)
const fail = (message: string): NormalizedAnswer => ({ ok: false, message })
const accept = (value: AnswerValue): NormalizedAnswer => ({ ok: true, value })

const NUMERIC_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/

/** No answer at all: absent, null, empty / blank string or empty list (what HTML forms send for untouched fields). */
export function isBlankAnswer(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true
  if (typeof raw === 'string') return raw.trim() === ''
  return Array.isArray(raw) && raw.length === 0
}

function checkLength(question: Question, value: string): NormalizedAnswer | null {
  return value.length > MAX_ANSWER_LENGTH ? fail(`La réponse à ${questionText(question)} est trop longue (${MAX_ANSWER_LENGTH} caractères au maximum).`) : null
}

/** 'ne_sais_pas' is only accepted when the question allows it. */
function checkUnknown(question: Question): NormalizedAnswer | null {
  return question.allowUnknown ? null : fail(`La réponse ${quote('Je ne sais pas')} n'est pas proposée pour la question ${questionText(question)}.`)
}

function checkChoice(question: Question, value: string): NormalizedAnswer | null {
  const lengthError = checkLength(question, value)
  if (lengthError) return lengthError
  if (value === UNKNOWN_ANSWER) return checkUnknown(question)
  return (allowedValues(question) ?? []).includes(value)
    ? null
    : fail(`${quote(value)} n'est pas une réponse possible à la question ${questionText(question)}.`)
}

function checkRange(question: Question, value: number): NormalizedAnswer | null {
  const min = typeof question.min === 'number' ? question.min : null
  const max = typeof question.max === 'number' ? question.max : null
  const below = min !== null && value < min
  const above = max !== null && value > max
  if (!below && !above) return null
  const subject = `La réponse à ${questionText(question)} doit être`
  if (min !== null && max !== null) return fail(`${subject} comprise entre ${formatNumber(min)} et ${formatNumber(max)}.`)
  return below
    ? fail(`${subject} supérieure ou égale à ${formatNumber(min as number)}.`)
    : fail(`${subject} inférieure ou égale à ${formatNumber(max as number)}.`)
}

/** Numbers may arrive as numeric strings from HTML forms ("17", "2,5"). */
const normalizeNumber: Normalizer = (question, raw) => {
  const notANumber = fail(`La réponse à ${questionText(question)} doit être un nombre.`)
  if (typeof raw === 'string') {
    const lengthError = checkLength(question, raw)
    if (lengthError) return lengthError
    if (raw === UNKNOWN_ANSWER) return checkUnknown(question) ?? accept(UNKNOWN_ANSWER)
    const text = raw.trim()
    return NUMERIC_TEXT.test(text) ? normalizeNumber(question, Number(text.replace(',', '.'))) : notANumber
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return notANumber
  return checkRange(question, raw) ?? accept(raw)
}

/** Accepts 'oui' / 'non' and, for convenience, JSON booleans. */
const normalizeBoolean: Normalizer = (question, raw) => {
  const value = raw === true ? 'oui' : raw === false ? 'non' : raw
  if (typeof value !== 'string') return fail(`La réponse à ${questionText(question)} doit être ${quote('oui')} ou ${quote('non')}.`)
  return checkChoice(question, value) ?? accept(value)
}

const normalizeSingle: Normalizer = (question, raw) => {
  if (typeof raw !== 'string') return fail(`La question ${questionText(question)} attend une seule réponse parmi celles proposées.`)
  return checkChoice(question, raw) ?? accept(raw)
}

/** A single string is wrapped into a list; values must be distinct. */
const normalizeMultiple: Normalizer = (question, raw) => {
  const values: unknown[] = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : []
  if (values.length === 0 || !values.every((value): value is string => typeof value === 'string')) {
    return fail(`La question ${questionText(question)} attend une liste de réponses parmi celles proposées.`)
  }
  for (const [position, value] of values.entries()) {
    const error = checkChoice(question, value)
    if (error) return error
    if (values.indexOf(value) !== position) return fail(`La réponse ${quote(value)} est donnée deux fois à la question ${questionText(question)}.`)
  }
  if (values.length > 1 && values.includes(UNKNOWN_ANSWER)) {
    return fail(`${quote('Je ne sais pas')} ne peut pas être combiné avec d'autres réponses à la question ${questionText(question)}.`)
  }
  return accept(values)
}

const NORMALIZERS: Record<Question['type'], Normalizer> = {
  number: normalizeNumber,
  boolean: normalizeBoolean,
  single: normalizeSingle,
  multiple: normalizeMultiple,
}

/**
 * Type-checks and normalises one untrusted answer (not blank) for one question.
 * Visibility and requiredness are the caller's business.
 */
export function normalizeAnswer(question: Question, raw: unknown): NormalizedAnswer {
  const normalizer = Object.hasOwn(NORMALIZERS, question.type) ? NORMALIZERS[question.type] : undefined
  return normalizer ? normalizer(question, raw) : fail(`La question ${questionText(question)} n'est pas configurée correctement.`)
}
