'use client'

import { Button, Pill } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { formatPauseDay, isPausedOnDay, pauseDay } from '@/domain/offers/pause'
import { validityDay } from '@/domain/offers/validity'

import { useActionRunner } from '../shared/useActionRunner'
import { pauseOfferAction, resumeOfferAction } from './pauseActions'

interface Props {
  offerId: number
  pausedUntil?: string | null
}

/**
 * « Mettre en pause (complet jusqu’au …) » / « Reprendre » on a published offer's edit view: the offer leaves
 * the results and takes no request until that day included. Not an edit of the offer: no review, no « Enregistrer ».
 */
export function OfferPauseControl({ offerId, pausedUntil }: Props) {
  const { pending, error, run } = useActionRunner()
  const [until, setUntil] = useState('')
  const inputId = useId()
  const today = validityDay(new Date())
  const paused = isPausedOnDay(pausedUntil, today) ? pauseDay(pausedUntil) : null

  if (paused) {
    return (
      <span className="bw-controls" data-testid="offer-pause">
        <Pill pillStyle="warning" size="small">
          Complet jusqu’au {formatPauseDay(paused)}
        </Pill>
        <Button buttonStyle="secondary" size="medium" disabled={pending} onClick={() => run(() => resumeOfferAction(offerId))}>
          Reprendre
        </Button>
        {error ? (
          <span role="alert" className="bw-message bw-message--error">
            {error}
          </span>
        ) : null}
      </span>
    )
  }
  return (
    <span className="bw-controls" data-testid="offer-pause">
      <label htmlFor={inputId}>Complet jusqu’au</label>
      <input id={inputId} type="date" min={today} value={until} onChange={(event) => setUntil(event.target.value)} />
      <Button buttonStyle="secondary" size="medium" disabled={pending || !until} onClick={() => run(() => pauseOfferAction(offerId, until))}>
        Mettre en pause (complet jusqu’au …)
      </Button>
      {error ? (
        <span role="alert" className="bw-message bw-message--error">
          {error}
        </span>
      ) : null}
    </span>
  )
}
