import type { AdminViewServerProps } from 'payload'

import { getPerimeter } from '@/access/perimeter'

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
  const perimeter = await getPerimeter(req)
  const { docs } = await req.payload.find({
    collection: 'partners',
    where: perimeter.kind === 'territories' ? { territories: { in: perimeter.territoryIds } } : {},
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: { name: true },
  })
  const territories =
    user.role === 'admin'
      ? (await req.payload.find({ collection: 'territories', sort: 'name', pagination: false, depth: 0, overrideAccess: false, user, select: { name: true } }))
          .docs
      : []
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
        <InviteForm
          mayInviteAnimators={user.role === 'admin'}
          partners={docs.map((partner) => ({ id: partner.id, label: partner.name }))}
          territories={territories.map((territory) => ({ id: territory.id, label: territory.name }))}
        />
      </div>
      <p>
        <a href="/admin/collections/users">{user.role === 'admin' ? 'Voir les comptes' : 'Voir les comptes de vos territoires'}</a>
      </p>
    </WorkflowTemplate>
  )
}
