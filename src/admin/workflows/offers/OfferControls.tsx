'use client'

import { Button, Pill, useAuth, useDocumentInfo } from '@payloadcms/ui'

import { FRESHNESS_MONTHS, isStale } from '@/domain/offers/freshness'
import type { OfferAction } from '@/plugins/boussole/server'

import { useActionRunner } from '../shared/useActionRunner'
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
  const { pending, error, run } = useActionRunner()
  if (!id) return null

  const offer = (savedDocumentData ?? {}) as SavedOffer
  const role = (user as { role?: string } | null)?.role
  const staff = role === 'admin' || role === 'animator'

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
