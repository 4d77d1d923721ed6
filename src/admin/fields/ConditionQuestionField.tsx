'use client'

import { useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { conditionQuestionChoices, withStoredValues } from '@/domain/questionnaire/conditionChoices'

import { ChoiceSelect } from './ChoiceSelect'
import { useFormQuestions } from './useFormQuestions'

/** `questions.N.conditions.M.questionKey`: a select of the questions before question N (their wording; the key is stored). */
export function ConditionQuestionField(props: TextFieldClientProps) {
  const { path, value } = useField<string>({ potentiallyStalePath: props.path })
  const questions = useFormQuestions()
  const index = Number(/^questions\.(\d+)\./.exec(path)?.[1] ?? 0)
  const choices = withStoredValues(conditionQuestionChoices(questions, index), value ? [value] : [])
  const description = choices.length ? undefined : 'Aucune question à choix avant celle-ci : une condition ne porte que sur une question précédente.'
  return <ChoiceSelect props={props} choices={choices} description={description} />
}
