import type { AdminViewServerProps } from 'payload'

import { getPerimeter } from '@/access/perimeter'

import { mayUse, NotAllowed, viewActor, WorkflowTemplate } from '../shared/WorkflowTemplate'
import { InviteForm } from './InviteForm'

const TITLE = 'Inviter un professionnel'

/** For animators (and admins): invite a partner professional of an organisation of their territories. */
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
  return (
    <WorkflowTemplate
      view={props}
      title={TITLE}
      lead="Le professionnel reçoit un courriel pour choisir son mot de passe (lien valable 7 jours). Il accède ensuite aux demandes et aux offres de son organisme."
    >
      <div className="bw-card" style={{ maxWidth: '44rem' }}>
        <InviteForm partners={docs.map((partner) => ({ id: partner.id, label: partner.name }))} />
      </div>
      <p>
        <a href="/admin/collections/users">Voir les comptes de vos territoires</a>
      </p>
    </WorkflowTemplate>
  )
}
