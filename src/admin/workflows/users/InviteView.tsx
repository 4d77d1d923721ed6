import type { AdminViewServerProps } from 'payload'

import { partnerChoices, territoryChoices } from '../shared/perimeterChoices'
import { mayUse, NotAllowed, viewActor, WorkflowTemplate } from '../shared/WorkflowTemplate'
import { InviteForm } from './InviteForm'

const TITLE = 'Inviter'

/**
 * For animators: invite a partner professional of an organisation of their territories. For national
 * administrators: also an animator, with the territories they will run. Same email, same page to choose
 * the password (« Choisir mon mot de passe »).
 */
export async function InviteView(props: AdminViewServerProps) {
  const user = viewActor(props, '/inviter')
  if (!mayUse(user, ['admin', 'animator'])) return <NotAllowed view={props} title={TITLE} />
  const { req } = props.initPageResult
  const partners = await partnerChoices(req, user)
  const territories = user.role === 'admin' ? await territoryChoices(req, user) : []
  return (
    <WorkflowTemplate
      view={props}
      title={TITLE}
      lead={
        user.role === 'admin'
          ? 'Invitez un animateur ou une animatrice (avec ses territoires) ou un professionnel d’un organisme. La personne reçoit un courriel pour choisir son mot de passe (lien valable 7 jours).'
          : 'Le professionnel reçoit un courriel pour choisir son mot de passe (lien valable 7 jours). Il accède ensuite aux demandes et aux offres de son organisme.'
      }
    >
      <div className="bw-card" style={{ maxWidth: '44rem' }}>
        <InviteForm mayInviteAnimators={user.role === 'admin'} partners={partners} territories={territories} />
      </div>
      <p>
        <a href="/admin/collections/users">{user.role === 'admin' ? 'Voir les comptes' : 'Voir les comptes de vos territoires'}</a>
      </p>
    </WorkflowTemplate>
  )
}
