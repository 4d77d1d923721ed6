import { UNKNOWN_ANSWER, UNKNOWN_ANSWER_LABEL, type Question } from './types'

/** The answers a question offers, in order: Oui / Non for a yes-no question, its options otherwise, then « je ne sais pas » when allowed. Pure. */
export function answerChoices(question: Pick<Question, 'type' | 'options' | 'allowUnknown'>): { value: string; label: string }[] {
  const options =
    question.type === 'boolean'
      ? [
          { value: 'oui', label: 'Oui' },
          { value: 'non', label: 'Non' },
        ]
      : (question.options ?? [])
  return question.allowUnknown ? [...options, { value: UNKNOWN_ANSWER, label: UNKNOWN_ANSWER_LABEL }] : options
}
