'use client'

import { Button, toast } from '@payloadcms/ui'
import { useState, useTransition } from 'react'

import { inviteProfessionalAction } from './accountActions'

export interface PartnerChoice {
  id: number
  label: string
}

interface Props {
  partners: PartnerChoice[]
  /** The territories an administrator may give a new animator (empty for animators). */
  territories?: PartnerChoice[]
  mayInviteAnimators?: boolean
}

/** Name, email and organisation of the professional to invite — or, for an administrator, an animator and their territories. */
export function InviteForm({ partners, territories = [], mayInviteAnimators = false }: Props) {
  const [pending, startTransition] = useTransition()
  const [role, setRole] = useState<'partner' | 'animator'>('partner')
  const [message, setMessage] = useState<{ ok: boolean; text: string; id?: number } | null>(null)

  const submit = (form: HTMLFormElement) =>
    startTransition(async () => {
      const data = new FormData(form)
      const result = await inviteProfessionalAction({
        name: String(data.get('name') ?? ''),
        email: String(data.get('email') ?? ''),
        role,
        partner: role === 'partner' ? Number(data.get('partner')) : null,
        territories: role === 'animator' ? data.getAll('territories').map(Number) : null,
        jobTitle: String(data.get('jobTitle') ?? ''),
      })
      setMessage({ ok: result.ok, text: result.message, id: result.ok ? result.id : undefined })
      if (result.ok) {
        toast.success(result.message)
        form.reset()
      } else toast.error(result.message)
    })

  return (
    <form
      className="bw-form"
      data-testid="invite-form"
      onSubmit={(event) => {
        event.preventDefault()
        submit(event.currentTarget)
      }}
    >
      {mayInviteAnimators ? (
        <fieldset>
          <legend>Qui invitez-vous ?</legend>
          <label>
            <input type="radio" name="role" value="partner" checked={role === 'partner'} onChange={() => setRole('partner')} /> Un professionnel d’un organisme
            partenaire
          </label>
          <label>
            <input type="radio" name="role" value="animator" checked={role === 'animator'} onChange={() => setRole('animator')} /> Un animateur ou une
            animatrice de territoire
          </label>
        </fieldset>
      ) : null}
      <label>
        Nom et prénom
        <input name="name" required maxLength={120} autoComplete="off" />
      </label>
      <label>
        Courriel professionnel
        <input name="email" type="email" required autoComplete="off" />
      </label>
      {role === 'partner' ? (
        <label>
          Organisme
          <select name="partner" required defaultValue="">
            <option value="" disabled>
              {mayInviteAnimators ? 'Choisissez un organisme' : 'Choisissez un organisme de vos territoires'}
            </option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <label>
          Territoires animés (Ctrl ou ⌘ pour en choisir plusieurs)
          <select name="territories" required multiple size={Math.min(8, Math.max(3, territories.length))}>
            {territories.map((territory) => (
              <option key={territory.id} value={territory.id}>
                {territory.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Fonction (facultatif)
        <input name="jobTitle" maxLength={120} />
      </label>
      <div className="bw-actions">
        <Button type="submit" buttonStyle="primary" size="medium" disabled={pending}>
          Envoyer l’invitation
        </Button>
      </div>
      <div aria-live="polite">
        {message ? (
          <p className={`bw-message bw-message--${message.ok ? 'success' : 'error'}`}>
            {message.text}
            {message.id ? (
              <>
                {' '}
                <a href={`/admin/collections/users/${message.id}`}>Voir le compte</a>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </form>
  )
}
