import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { ChoosePasswordForm } from './ChoosePasswordForm'

export const CHOOSE_PASSWORD_TITLE = 'Choisir mon mot de passe'

/**
 * The page an invitation's link opens (`/admin/choisir-mot-de-passe/:token`, public like Payload's own reset
 * page): the new animator or professional chooses their password, then lands signed in on their dashboard.
 * The token is the one Payload's reset-password operation checks (7 days for an invitation); a forgotten
 * password keeps Payload's « Réinitialiser le mot de passe » page.
 */
export function ChoosePasswordView(props: AdminViewServerProps) {
  const segments = Array.isArray(props.params?.segments) ? props.params.segments : []
  const token = typeof segments[1] === 'string' ? segments[1] : ''
  return (
    <MinimalTemplate className="reset-password">
      <div className="reset-password__wrap">
        <div className="form-header">
          <h1>{CHOOSE_PASSWORD_TITLE}</h1>
          <p>
            Bienvenue sur Boussole. Choisissez le mot de passe de votre compte : au moins 12 caractères, dont trois sortes (minuscules, majuscules, chiffres ou
            symboles).
          </p>
        </div>
        {token ? <ChoosePasswordForm token={token} /> : <p className="bw-message bw-message--error">Ce lien est incomplet : ouvrez celui reçu par courriel.</p>}
        <p>
          <a href="/admin/login">Retour à la connexion</a>
        </p>
      </div>
    </MinimalTemplate>
  )
}
