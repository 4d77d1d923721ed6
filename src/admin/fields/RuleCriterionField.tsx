'use client'

import { useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { questionChoiceLabel, withStoredValues } from '@/domain/questionnaire/conditionChoices'

import { ChoiceSelect } from './ChoiceSelect'
import { useOfferQuestions } from './useOfferQuestions'

/** `rules.N.criterion` (and its alternatives'): a select of the questions of the questionnaire that applies to the offer's theme and territory. */
export function RuleCriterionField(props: TextFieldClientProps) {
  const { value } = useField<string>({ potentiallyStalePath: props.path })
  const offerQuestions = useOfferQuestions()
  const questions = offerQuestions.state === 'ready' ? offerQuestions.questions : []
  const choices = withStoredValues(
    questions.map((question, index) => ({ value: question.key, label: questionChoiceLabel(question, index) })),
    value ? [value] : [],
  )
  const description =
    offerQuestions.state === 'no-theme'
      ? 'Choisissez d’abord le thème de l’offre : les critères sont les questions de son questionnaire.'
      : offerQuestions.state === 'ready' && !questions.length
        ? 'Aucun questionnaire ne s’applique à ce thème sur ce territoire.'
        : undefined
  return <ChoiceSelect props={props} choices={choices} description={description} />
}
