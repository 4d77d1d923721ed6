import { BOOLEAN_VALUES, type Question } from './types'

/**
 * The values a question's answer (or a condition on it) may take, without the
 * reserved unknown answer; null for number questions.
 */
export function allowedValues(question: Question): string[] | null {
  switch (question.type) {
    case 'boolean':
      return [...BOOLEAN_VALUES]
    case 'single':
    case 'multiple':
      return (question.options ?? []).map((option) => option.value)
    default:
      return null
  }
}
