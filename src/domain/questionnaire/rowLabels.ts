/**
 * How the back office names a questionnaire's rows and errors in words (never « questions.5.condition… »):
 * the editor's row labels and the toasts of a refused save.
 */

import { toastLabel } from '../shared/toastLabel'

const ELLIPSIS_AT = 60

/** « Es-tu inscrit à la Mission Locale ? » cut to a readable length. */
export function shortText(text: string, max = ELLIPSIS_AT): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`
}

/** « 3. Quelle est ta situation ? » — row index 2; « 3. Nouvelle question » while empty. */
export function questionRowLabel(index: number, question: { label?: string | null; key?: string | null } | undefined): string {
  const text = question?.label?.trim() || question?.key?.trim() || 'Nouvelle question'
  return `${index + 1}. ${shortText(text, 90)}`
}

/** « oui — Oui »; « Réponse 2 » while empty. */
export function answerRowLabel(index: number, answer: { value?: string | null; label?: string | null } | undefined): string {
  const value = answer?.value?.trim()
  const label = answer?.label?.trim()
  if (value && label) return `${value} — ${shortText(label)}`
  return value || label || `Réponse ${index + 1}`
}

/** « Question 6 (« Es-tu inscrit… ») » for the question at index 5 (errors count from 1, as people do). */
export function questionInWords(index: number, label: string | null | undefined): string {
  const text = label?.trim()
  return text ? `Question ${index + 1} (« ${shortText(text, 40)} »)` : `Question ${index + 1}`
}

/**
 * The label Payload's toast shows for an error at `path` (« Le champ suivant n'est pas valide : <label> »):
 * « Question 6 (« Es-tu inscrit… ») : <message> » for a path inside `questions.5`; the message alone otherwise.
 */
export function questionErrorLabel(path: string, message: string, questions: readonly ({ label?: string | null } | null | undefined)[]): string {
  const match = /^questions\.(\d+)(\.|$)/.exec(path)
  if (!match) return toastLabel(message)
  const index = Number(match[1])
  return toastLabel(`${questionInWords(index, questions[index]?.label)} : ${message}`)
}
