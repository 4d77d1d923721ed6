'use client'

import { Button, toast } from '@payloadcms/ui'
import { useState, useTransition } from 'react'

import { inviteProfessionalAction } from './accountActions'

export interface PartnerChoice {
  id: number
  label: string
}

/** Name, email and organisation of the professional to invite. */
export function InviteForm({ partners }: { partners: PartnerChoice[] }) {
  const [pending, startTransition] = useTransition()
  const [message, setMessage] = useState<{ ok: boolean; text: string; id?: number } | null>(null)

  const submit = (form: HTMLFormElement) =>
    startTransition(async () => {
      const data = new FormData(form)
      const result = await inviteProfessionalAction({
        name: String(data.get('name') ?? ''),
        email: String(data.get('email') ?? ''),
        partner: Number(data.get('partner')),
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
      <label>
        Nom et prénom
        <input name="name" required maxLength={120} autoComplete="off" />
      </label>
      <label>
        Courriel professionnel
        <input name="email" type="email" required autoComplete="off" />
      </label>
      <label>
        Organisme
        <select name="partner" required defaultValue="">
          <option value="" disabled>
            Choisissez un organisme de vos territoires
          </option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.label}
            </option>
          ))}
        </select>
      </label>
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
