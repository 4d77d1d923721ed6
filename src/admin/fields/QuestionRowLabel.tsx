'use client'

import { useRowLabel } from '@payloadcms/ui'

import { questionRowLabel } from '@/domain/questionnaire/rowLabels'

import { useUnfoldNewRow } from './useUnfoldNewRow'

/** A questionnaire's question row: « 3. Quelle est ta situation ? » (a new, empty one unfolds). */
export function QuestionRowLabel() {
  const { data, path, rowNumber } = useRowLabel<{ label?: string | null; key?: string | null }>()
  useUnfoldNewRow(path, !data?.label && !data?.key)
  return <span>{questionRowLabel(rowNumber ?? 0, data)}</span>
}
