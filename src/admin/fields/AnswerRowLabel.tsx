'use client'

import { useRowLabel } from '@payloadcms/ui'

import { answerRowLabel } from '@/domain/questionnaire/rowLabels'

import { useUnfoldNewRow } from './useUnfoldNewRow'

/** An answer row of a question: « oui — Oui » (a new, empty one unfolds). */
export function AnswerRowLabel() {
  const { data, path, rowNumber } = useRowLabel<{ value?: string | null; label?: string | null }>()
  useUnfoldNewRow(path, !data?.value && !data?.label)
  return <span>{answerRowLabel(rowNumber ?? 0, data)}</span>
}
