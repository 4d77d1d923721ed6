'use client'

import { Button, toast, useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useTransition } from 'react'

import { setAccountActiveAction } from './accountActions'

/** « Désactiver » / « Réactiver » on an account, for the staff who manage it (never on one's own account). */
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

  return (
    <Button buttonStyle={active ? 'secondary' : 'primary'} size="medium" disabled={pending} onClick={toggle}>
      {active ? 'Désactiver le compte' : 'Réactiver le compte'}
    </Button>
  )
}
