'use client'

import { Button, Pill, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useState, useTransition } from 'react'

import { FRESHNESS_MONTHS, isStale } from '@/domain/offers/freshness'
import type { OfferAction } from '@/plugins/boussole/server'

import type { ActionResult } from '../shared/session'
import { duplicateOfferAction, offerStatusAction } from './actions'
import { OfferPauseControl } from './OfferPauseControl'

import '../workflows.css'

type SavedOffer = { status?: string; reviewedAt?: string | null; updatedAt?: string | null; reviewComment?: string | null; pausedUntil?: string | null }

/**
 * Offer workflow buttons next to « Enregistrer »: submit for validation, duplicate, archive / restore; for
 * the territory's staff, a link to review a submitted offer; a reminder when the offer is no longer fresh.
 */
export function OfferControls() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  if (!id) return null

  const offer = (savedDocumentData ?? {}) as SavedOffer
  const role = (user as { role?: string } | null)?.role
  const staff = role === 'admin' || role === 'animator'

  const run = (work: () => Promise<ActionResult>, goTo?: (result: ActionResult & { ok: true }) => string) =>
    startTransition(async () => {
      setError(null)
      const result = await work()
      if (!result.ok) {
        setError(result.message)
        toast.error(result.message)
        return
      }
      toast.success(result.message)
      window.location.assign(goTo ? goTo(result) : window.location.pathname)
    })
  const status = (action: OfferAction) => () => run(() => offerStatusAction(Number(id), action))

  return (
    <div className="bw-controls" data-testid="offer-controls">
      {isStale(offer, new Date()) ? (
        <span title={`Offre non vérifiée depuis plus de ${FRESHNESS_MONTHS} mois : relisez-la puis enregistrez-la.`}>
          <Pill pillStyle="warning" size="small">
            À vérifier
          </Pill>
        </span>
      ) : null}
      {offer.status === 'brouillon' ? (
        <Button buttonStyle="primary" size="medium" disabled={pending} onClick={status('submit')}>
          Soumettre pour validation
        </Button>
      ) : null}
      {offer.status === 'soumise' && staff ? (
        <Button buttonStyle="primary" size="medium" el="link" url={`/admin/validation?offre=${id}`}>
          Examiner
        </Button>
      ) : null}
      <Button
        buttonStyle="secondary"
        size="medium"
        disabled={pending}
        onClick={() =>
          run(
            () => duplicateOfferAction(Number(id)),
            (result) => `/admin/collections/offers/${result.id}`,
          )
        }
      >
        Dupliquer
      </Button>
      {offer.status === 'publiee' ? <OfferPauseControl offerId={Number(id)} pausedUntil={offer.pausedUntil} /> : null}
      {offer.status === 'archivee' ? (
        <Button buttonStyle="secondary" size="medium" disabled={pending} onClick={status('restore')}>
          Restaurer
        </Button>
      ) : (
        <Button buttonStyle="secondary" size="medium" disabled={pending} onClick={status('archive')}>
          Archiver
        </Button>
      )}
      {error ? (
        <span role="alert" className="bw-message bw-message--error">
          {error}
        </span>
      ) : null}
    </div>
  )
}
