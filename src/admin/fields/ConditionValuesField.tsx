'use client'

import { useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { answerValueChoices, withStoredValues } from '@/domain/questionnaire/conditionChoices'

import { ChoiceSelect } from './ChoiceSelect'
import { useFormQuestions } from './useFormQuestions'

/** `questions.N.conditions.M.values`: a multi-select of the answers of the question the condition reads (« Oui » / « Non » for yes/no). */
export function ConditionValuesField(props: TextFieldClientProps) {
  const { path, value } = useField<string[]>({ potentiallyStalePath: props.path })
  const siblingPath = path.replace(/values$/, 'questionKey')
  const targetKey = useFormFields(([fields]) => fields[siblingPath]?.value as string | undefined)
  const target = useFormQuestions().find((question) => question.key && question.key === targetKey)
  const choices = withStoredValues(answerValueChoices(target), Array.isArray(value) ? value : [])
  return <ChoiceSelect props={props} choices={choices} description={target ? undefined : 'Choisissez d’abord la question.'} />
}
