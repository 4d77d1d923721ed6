'use client'

import { useFormFields } from '@payloadcms/ui'
import { useMemo } from 'react'

import type { Question } from '@/domain/questionnaire/types'

type FormQuestion = Pick<Question, 'key' | 'label' | 'type' | 'options'>

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/**
 * The questionnaire's questions as being edited (unsaved changes included), read from the form's state:
 * `questions.N.key`, `questions.N.label`, `questions.N.type`, `questions.N.options.M.value` / `.label`.
 */
export function useFormQuestions(): FormQuestion[] {
  const fields = useFormFields(([state]) => state)
  return useMemo(() => {
    const questions: FormQuestion[] = []
    for (let index = 0; `questions.${index}.key` in fields || `questions.${index}.type` in fields; index++) {
      const at = (name: string) => fields[`questions.${index}.${name}`]?.value
      const options: NonNullable<Question['options']> = []
      for (let option = 0; `questions.${index}.options.${option}.value` in fields; option++) {
        options.push({ value: text(at(`options.${option}.value`)), label: text(at(`options.${option}.label`)) })
      }
      questions.push({ key: text(at('key')), label: text(at('label')), type: (text(at('type')) || 'single') as Question['type'], options })
    }
    return questions
  }, [fields])
}
