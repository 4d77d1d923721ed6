'use client'

import { Button, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useTransition } from 'react'

import { resendInvitationAction, setAccountActiveAction } from './accountActions'

/**
 * « Renvoyer l'invitation » and « Désactiver » / « Réactiver » on an account, for the staff who manage it
 * (never on one's own account). Nobody sets another person's email or password: the invitation lets its
 * owner choose a password.
 */
export function AccountControls() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const [pending, startTransition] = useTransition()
  const role = (user as { role?: string } | null)?.role
  if (!id || !user || String(user.id) === String(id) || (role !== 'admin' && role !== 'animator')) return null
  const active = (savedDocumentData as { active?: boolean } | undefined)?.active !== false

  const toggle = () =>
    startTransition(async () => {
      if (active && !window.confirm('Désactiver ce compte ? La personne ne pourra plus se connecter ni recevoir de notification.')) return
      const result = await setAccountActiveAction(Number(id), !active)
      if (!result.ok) {
        toast.error(result.message)
        return
      }
      toast.success(result.message)
      window.location.assign(window.location.pathname)
    })

  const resend = () =>
    startTransition(async () => {
      const result = await resendInvitationAction(Number(id))
      if (result.ok) toast.success(result.message)
      else toast.error(result.message)
    })

  return (
    <>
      {active ? (
        <Button buttonStyle="secondary" size="medium" disabled={pending} onClick={resend}>
          Renvoyer l’invitation
        </Button>
      ) : null}
      <Button buttonStyle={active ? 'secondary' : 'primary'} size="medium" disabled={pending} onClick={toggle}>
        {active ? 'Désactiver le compte' : 'Réactiver le compte'}
      </Button>
    </>
  )
}
