'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { TerritoryChoice } from '@/domain/questionnaire/territoryOverride'

import { useActionRunner } from '../shared/useActionRunner'
import { duplicateForTerritoryAction } from './actions'

import '../workflows.css'

/** The territory to copy the national questionnaire for, and the button; links to the territories' existing ones. */
export function DuplicateForTerritoryButton({ questionnaireId, choices }: { questionnaireId: number; choices: TerritoryChoice[] }) {
  const free = choices.filter((choice) => choice.existingId === null)
  const taken = choices.filter((choice) => choice.existingId !== null)
  const [territoryId, setTerritoryId] = useState<number | null>(free[0]?.id ?? null)
  const { pending, error, run } = useActionRunner()
  return (
    <div className="bw-controls" data-testid="duplicate-for-territory">
      {free.length > 1 ? (
        <select aria-label="Territoire" value={territoryId ?? ''} onChange={(event) => setTerritoryId(Number(event.target.value))}>
          {free.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
      ) : null}
      {territoryId !== null ? (
        <Button
          buttonStyle="primary"
          size="medium"
          disabled={pending}
          onClick={() =>
            run(
              () => duplicateForTerritoryAction(questionnaireId, territoryId),
              (result) => `/admin/collections/questionnaires/${result.id}`,
            )
          }
        >
          {free.length === 1 ? `Dupliquer pour ${free[0].name}` : 'Dupliquer pour mon territoire'}
        </Button>
      ) : null}
      {taken.map((choice) => (
        <a key={choice.id} href={`/admin/collections/questionnaires/${choice.existingId}`}>
          Questionnaire de {choice.name}
        </a>
      ))}
      {error ? (
        <span role="alert" className="bw-message bw-message--error">
          {error}
        </span>
      ) : null}
    </div>
  )
}
