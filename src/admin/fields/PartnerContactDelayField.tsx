'use client'

import { NumberField, useField, useFormFields } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useEffect, useRef } from 'react'

import { relationId, useRelatedDocument } from './useRelatedDocument'

type Partner = { defaultContactDelayDays?: number | null }

/**
 * The offer's contact delay, prefilled in the form with the chosen organisation's default delay when it is
 * empty or still the previous organisation's default (a delay the person typed is kept). The save hook
 * `applyPartnerDefaults` still fills it for API clients.
 */
export const PartnerContactDelayField: NumberFieldClientComponent = (props) => {
  const { value, setValue } = useField<number | null>({ path: props.path })
  const partnerId = relationId(useFormFields(([fields]) => fields.partner?.value))
  const partner = useRelatedDocument<Partner>('partners', partnerId, ['defaultContactDelayDays'])
  const applied = useRef<number | null>(null)
  const partnerDefault = partner?.defaultContactDelayDays ?? null
  useEffect(() => {
    if (partnerDefault === null) return
    const untouched = value === null || value === undefined || value === applied.current
    if (untouched && value !== partnerDefault) setValue(partnerDefault)
    applied.current = partnerDefault
  }, [partnerDefault, setValue, value])
  return <NumberField {...props} />
}
