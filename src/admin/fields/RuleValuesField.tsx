'use client'

import { useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { answerValueChoices, withStoredValues } from '@/domain/questionnaire/conditionChoices'

import { ChoiceSelect } from './ChoiceSelect'
import { criterionPath, useOfferQuestions } from './useOfferQuestions'

/** The accepted answers of a rule: a multi-select of its criterion's answers; hidden for a number criterion (min / max instead). */
export function RuleValuesField(props: TextFieldClientProps) {
  const { path, value } = useField<string[]>({ potentiallyStalePath: props.path })
  const criterion = useFormFields(([fields]) => fields[criterionPath(path)]?.value as string | undefined)
  const offerQuestions = useOfferQuestions()
  const question = offerQuestions.state === 'ready' ? offerQuestions.questions.find((candidate) => candidate.key === criterion) : undefined
  const stored = Array.isArray(value) ? value : []
  if (question?.type === 'number' && !stored.length) return null
  const choices = withStoredValues(answerValueChoices(question), stored)
  return <ChoiceSelect props={props} choices={choices} description={question ? undefined : 'Choisissez d’abord le critère.'} />
}
