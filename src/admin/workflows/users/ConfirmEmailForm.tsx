'use client'

import { Button } from '@payloadcms/ui'
import { useState, useTransition } from 'react'

import { confirmEmailChangeAction } from './accountActions'

export function ConfirmEmailForm({ token }: { token: string }) {
  const [pending, startTransition] = useTransition()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  return (
    <form
      className="bw-form"
      data-testid="confirm-email-form"
      onSubmit={(event) => {
        event.preventDefault()
        startTransition(async () => {
          const result = await confirmEmailChangeAction(token)
          setMessage({ ok: result.ok, text: result.message })
        })
      }}
    >
      <div className="bw-actions">
        <Button type="submit" buttonStyle="primary" size="medium" disabled={pending || message?.ok === true}>
          Confirmer ma nouvelle adresse
        </Button>
      </div>
      <div aria-live="polite">{message ? <p className={`bw-message bw-message--${message.ok ? 'success' : 'error'}`}>{message.text}</p> : null}</div>
    </form>
  )
}
