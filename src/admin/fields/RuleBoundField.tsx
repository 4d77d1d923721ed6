'use client'

import { NumberField, useField, useFormFields } from '@payloadcms/ui'
import type { NumberFieldClientProps } from 'payload'

import { criterionPath, useOfferQuestions } from './useOfferQuestions'

/** A rule's minimum or maximum: only for a number criterion (shown while the criterion is unknown, or when a bound is already set). */
export function RuleBoundField(props: NumberFieldClientProps) {
  const { path, value } = useField<number | null>({ potentiallyStalePath: props.path })
  const criterion = useFormFields(([fields]) => fields[criterionPath(path)]?.value as string | undefined)
  const offerQuestions = useOfferQuestions()
  const question = offerQuestions.state === 'ready' ? offerQuestions.questions.find((candidate) => candidate.key === criterion) : undefined
  if (question && question.type !== 'number' && (value === null || value === undefined)) return null
  return <NumberField {...props} />
}
