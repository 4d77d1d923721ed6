import { answerChoices } from './answerChoices'
import type { Question } from './types'

export interface Choice {
  value: string
  label: string
}

type Described = Pick<Question, 'key' | 'label' | 'type' | 'options'>

/** « 2. Quelle est ta situation ? » — how the pickers name a question. */
export const questionChoiceLabel = (question: Pick<Question, 'key' | 'label'>, index: number): string =>
  `${index + 1}. ${question.label?.trim() || question.key}`

/**
 * The questions a condition of the question at `index` may read: the earlier ones with a key, answered by a
 * choice or oui/non (never a number), named by their position and wording. Pure.
 */
export function conditionQuestionChoices(questions: readonly Described[], index: number): Choice[] {
  return questions
    .slice(0, Math.max(0, index))
    .flatMap((question, position) =>
      question.key && question.type !== 'number' ? [{ value: question.key, label: questionChoiceLabel(question, position) }] : [],
    )
}

/** The answers a condition or a rule may name: Oui / Non for a yes-no question, its options otherwise (no « je ne sais pas »); none for a number. Pure. */
export function answerValueChoices(question: Described | undefined): Choice[] {
  if (!question || question.type === 'number') return []
  return answerChoices({ type: question.type, options: question.options, allowUnknown: false }).filter((choice) => choice.value)
}

/** Stored values missing from `choices` are kept as choices of their own (named « valeur inconnue »), so a picker never drops them silently. */
export function withStoredValues(choices: readonly Choice[], stored: readonly string[]): Choice[] {
  const known = new Set(choices.map((choice) => choice.value))
  const missing = [...new Set(stored.filter((value) => value && !known.has(value)))]
  return [...choices, ...missing.map((value) => ({ value, label: `${value} (inconnue ici)` }))]
}
