'use client'

import { Button, toast } from '@payloadcms/ui'
import { useId, useState, useTransition } from 'react'

import { reviewOfferAction } from '../offers/actions'

/** « Publier » or « Renvoyer au partenaire » (with a mandatory comment, emailed to the organisation). */
export function ReviewForm({ offerId, offerTitle }: { offerId: number; offerTitle: string }) {
  const [comment, setComment] = useState('')
  const [pending, startTransition] = useTransition()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const commentId = useId()
  const hintId = useId()

  const decide = (decision: 'publish' | 'send-back') =>
    startTransition(async () => {
      setMessage(null)
      if (decision === 'send-back' && comment.trim().length < 5) {
        setMessage({ ok: false, text: 'Pour renvoyer l’offre, expliquez au partenaire ce qu’il doit modifier.' })
        document.getElementById(commentId)?.focus()
        return
      }
      const result = await reviewOfferAction(offerId, decision, comment)
      setMessage({ ok: result.ok, text: result.message })
      if (!result.ok) {
        toast.error(result.message)
        return
      }
      toast.success(result.message)
      window.location.assign('/admin/validation?traitee=' + offerId)
    })

  return (
    <form className="bw-form" onSubmit={(event) => event.preventDefault()} aria-label={`Décision sur « ${offerTitle} »`}>
      <label htmlFor={commentId}>
        Commentaire pour le partenaire
        <span id={hintId} className="bw-muted">
          Obligatoire pour renvoyer l’offre ; facultatif pour la publier. Il est envoyé par courriel aux professionnels de l’organisme.
        </span>
        <textarea
          id={commentId}
          name="comment"
          rows={5}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          aria-describedby={hintId}
        />
      </label>
      <div className="bw-actions">
        <Button buttonStyle="primary" size="medium" disabled={pending} onClick={() => decide('publish')}>
          Publier
        </Button>
        <Button buttonStyle="secondary" size="medium" disabled={pending} onClick={() => decide('send-back')}>
          Renvoyer au partenaire
        </Button>
      </div>
      <div aria-live="polite">{message ? <p className={`bw-message bw-message--${message.ok ? 'success' : 'error'}`}>{message.text}</p> : null}</div>
    </form>
  )
}
