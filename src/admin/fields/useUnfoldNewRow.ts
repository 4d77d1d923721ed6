'use client'

import { useForm, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * Rows of an array with `initCollapsed` arrive folded, new ones included (Payload folds every row without a
 * saved preference). A row still empty (`isNew`: a question without its wording yet) is a row just added:
 * unfold it once, so the person sees at once what they are filling in; the saved rows stay folded.
 */
export function useUnfoldNewRow(rowPath: string, isNew: boolean): void {
  const arrayPath = rowPath.slice(0, rowPath.lastIndexOf('.'))
  const index = Number(rowPath.slice(rowPath.lastIndexOf('.') + 1))
  const rows = useFormFields(([fields]) => fields[arrayPath]?.rows)
  const { dispatchFields } = useForm()
  const unfolded = useRef(false)
  const collapsed = rows?.[index]?.collapsed === true
  useEffect(() => {
    if (!isNew || !collapsed || unfolded.current || !rows) return
    unfolded.current = true
    dispatchFields({ type: 'SET_ROW_COLLAPSED', path: arrayPath, updatedRows: rows.map((row, i) => (i === index ? { ...row, collapsed: false } : row)) })
  }, [arrayPath, collapsed, dispatchFields, index, isNew, rows])
}
