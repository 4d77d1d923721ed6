/**
 * Shared shapes of the Boussole questionnaire. The Payload collections store
 * questions and answers exactly this way; everything here is pure data.
 */

export type QuestionType = 'single' | 'multiple' | 'number' | 'boolean'

export interface QuestionOption {
  value: string
  label: string
}

/** « est l’une de » (`in`) or « n’est aucune de » (`notIn`). */
export type ConditionOperator = 'in' | 'notIn'

export const CONDITION_OPERATORS: readonly ConditionOperator[] = ['in', 'notIn']

/**
 * On an earlier question's answer: `in` holds when it is one of `values` (multiple: any overlap; boolean:
 * 'oui' / 'non'); `notIn` when it is none of them (unanswered and « je ne sais pas » included). Either way the
 * earlier question must itself be shown.
 */
export interface QuestionCondition {
  questionKey: string
  /** Default `in`. */
  operator?: ConditionOperator | null
  values: string[]
}

export interface Question {
  /** Criterion key, e.g. 'age', 'situation'; see KEY_PATTERN. */
  key: string
  /** The question as shown, e.g. « Quel âge as-tu ? ». */
  label: string
  /** e.g. « Âge », « Situation » — used in explanations. */
  shortLabel?: string | null
  type: QuestionType
  /** Required (≥ 2) for single / multiple questions. UNKNOWN_ANSWER is reserved. */
  options?: QuestionOption[] | null
  /** Adds the reserved answer UNKNOWN_ANSWER (« Je ne sais pas / indifférent »). */
  allowUnknown?: boolean | null
  required?: boolean | null
  help?: string | null
  /** Bounds of number questions (inclusive). */
  min?: number | null
  max?: number | null
  /** Show the question only if every condition holds (none: always shown). */
  conditions?: QuestionCondition[] | null
  /** Title of the step (page) this question opens, e.g. « Ma situation »; none: same step as the previous question. */
  step?: string | null
}

/**
 * single: string; multiple: string[]; number: number; boolean: 'oui' | 'non';
 * unknown: 'ne_sais_pas' (['ne_sais_pas'] for multiple).
 */
export type AnswerValue = string | string[] | number

export type Answers = Record<string, AnswerValue>

export interface QuestionnaireError {
  /** 0-based position of the faulty question. */
  index: number
  key: string
  /** Faulty field, e.g. 'key', 'options', 'condition.questionKey'. */
  field: string
  /** French, user-facing. */
  message: string
}

export interface AnswerError {
  /** Question key, or '' when the whole payload is wrong. */
  field: string
  /** French, user-facing. */
  message: string
}

export type AnswersValidation = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] }

/** Reserved answer meaning « Je ne sais pas / indifférent ». */
export const UNKNOWN_ANSWER = 'ne_sais_pas'
export const UNKNOWN_ANSWER_LABEL = 'Je ne sais pas / indifférent'

export const BOOLEAN_VALUES: readonly string[] = ['oui', 'non']

export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'number', 'boolean']

export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/

/** Longest string accepted in an answer. */
export const MAX_ANSWER_LENGTH = 200
