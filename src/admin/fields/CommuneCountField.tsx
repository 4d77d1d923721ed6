'use client'

import { NumberField, useFormFields } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { stringify } from 'qs-esm'
import { useEffect, useState } from 'react'

import { coverageWhere } from '@/domain/territories/coverageWhere'

import { relationId } from './useRelatedDocument'

type Preview = { count: number; names: string[] } | 'none' | 'loading' | 'error'

const SAMPLE = 5
const idsOfField = (value: unknown): number[] => (Array.isArray(value) ? value : []).map(relationId).filter((id): id is number => id !== null)

/**
 * The territory's commune count (computed on save), with a live preview of the coverage being edited: how many
 * communes the chosen départements, EPCIs and communes make, and the first of them, before saving. The count is
 * read through the REST API with the save hook's own query (`coverageWhere`).
 */
export const CommuneCountField: NumberFieldClientComponent = (props) => {
  const departements = useFormFields(([fields]) => fields['coverage.departements']?.value)
  const epcis = useFormFields(([fields]) => fields['coverage.epcis']?.value)
  const communes = useFormFields(([fields]) => fields['coverage.communes']?.value)
  const where = coverageWhere({ departements: idsOfField(departements), epcis: idsOfField(epcis), communes: idsOfField(communes) })
  const query = where ? stringify({ where, depth: 0, limit: SAMPLE, sort: 'name', select: { name: true } }) : null
  const [preview, setPreview] = useState<Preview>('none')

  useEffect(() => {
    if (!query) {
      setPreview('none')
      return
    }
    setPreview('loading')
    const controller = new AbortController()
    // A short pause: picking three EPCIs in a row asks once.
    const timer = setTimeout(() => {
      fetch(`/api/communes?${query}`, { credentials: 'include', signal: controller.signal, method: 'GET' })
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
        .then((json: { totalDocs: number; docs: { name: string }[] }) => setPreview({ count: json.totalDocs, names: json.docs.map((doc) => doc.name) }))
        .catch(() => {
          if (!controller.signal.aborted) setPreview('error')
        })
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  return (
    <div>
      <NumberField {...props} />
      <p className="field-description" role="status" data-testid="coverage-preview">
        {preview === 'none' && 'Aucune zone choisie : le territoire ne couvre encore aucune commune.'}
        {preview === 'loading' && 'Calcul des communes couvertes…'}
        {preview === 'error' && 'Le nombre de communes n’a pas pu être calculé ; il le sera à l’enregistrement.'}
        {typeof preview === 'object' &&
          `Avec la couverture choisie : ${preview.count} commune${preview.count > 1 ? 's' : ''} couverte${preview.count > 1 ? 's' : ''}${
            preview.names.length ? ` (${preview.names.join(', ')}${preview.count > preview.names.length ? '…' : ''})` : ''
          }. Le nombre ci-dessus est mis à jour à l’enregistrement.`}
      </p>
    </div>
  )
}
