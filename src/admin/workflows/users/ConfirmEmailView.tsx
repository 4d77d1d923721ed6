import type { AdminViewServerProps } from 'payload'

import { viewActor, WorkflowTemplate } from '../shared/WorkflowTemplate'
import { ConfirmEmailForm } from './ConfirmEmailForm'

const TITLE = 'Confirmer ma nouvelle adresse'

/**
 * The page the email-change link opens (`/admin/confirmer-courriel?jeton=…`): signed in as the account's owner
 * (Payload sends anyone else to the login page first), one button confirms — a link scanner opening the
 * address changes nothing.
 */
export function ConfirmEmailView(props: AdminViewServerProps) {
  const raw = props.searchParams?.jeton
  const token = typeof raw === 'string' ? raw : ''
  viewActor(props, `/confirmer-courriel${token ? `?jeton=${encodeURIComponent(token)}` : ''}`)
  return (
    <WorkflowTemplate
      view={props}
      title={TITLE}
      lead="Le changement d’adresse ne prend effet qu’une fois confirmé ici. Utilisez ensuite la nouvelle adresse pour vous connecter."
    >
      <div className="bw-card" style={{ maxWidth: '44rem' }}>
        {token ? <ConfirmEmailForm token={token} /> : <p className="bw-message bw-message--error">Ce lien est incomplet : ouvrez celui reçu par courriel.</p>}
      </div>
    </WorkflowTemplate>
  )
}
