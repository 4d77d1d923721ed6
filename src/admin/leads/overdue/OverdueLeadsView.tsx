import type { AdminViewServerProps } from 'payload'
import { parseCookies } from 'payload/shared'

import { getPerimeter } from '@/access/perimeter'
import { SELECTED_TERRITORY_COOKIE } from '@/access/selectedTerritory'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'

import { mayUse, NotAllowed, viewActor, WorkflowTemplate } from '../../workflows/shared/WorkflowTemplate'
import { overdueLeads } from './overdueLeads'

export const OVERDUE_LEADS_PATH = '/demandes-en-retard'
const TITLE = 'Demandes en retard'

/**
 * The animation's list of the requests whose committed date passed without contact, in their territories (the
 * territory chosen in the menu), oldest first, each linking to its page where it can be reassigned.
 */
export async function OverdueLeadsView(props: AdminViewServerProps) {
  const user = viewActor(props, OVERDUE_LEADS_PATH)
  if (!mayUse(user, ['admin', 'animator'])) return <NotAllowed view={props} title={TITLE} />
  const { req } = props.initPageResult
  const perimeter = await getPerimeter(req)
  const leads = await overdueLeads(req.payload, user, perimeter, parseCookies(req.headers).get(SELECTED_TERRITORY_COOKIE))
  return (
    <WorkflowTemplate
      view={props}
      title={TITLE}
      lead="Les demandes encore « nouvelles » dont la date promise est passée, la plus ancienne en premier. Ouvrez-en une pour relancer l’organisme ou la réattribuer à une autre offre."
    >
      <p role="status">{leads.length ? `${leads.length} demande(s) en retard.` : 'Aucune demande en retard : toutes les promesses sont tenues.'}</p>
      {leads.length ? (
        <div style={{ overflowX: 'auto' }}>
          <table className="bw-table" data-testid="demandes-en-retard">
            <caption className="bw-muted">Demandes en retard, la plus ancienne en premier</caption>
            <thead>
              <tr>
                <th scope="col">Référence</th>
                <th scope="col">Organisme</th>
                <th scope="col">Offre</th>
                <th scope="col">Commune</th>
                <th scope="col">Retard</th>
              </tr>
            </thead>
            <tbody>
              {leads.map((lead) => (
                <tr key={lead.id}>
                  <th scope="row">
                    <a href={`/admin/collections/leads/${lead.id}`}>{lead.reference}</a>
                  </th>
                  <td>{lead.partnerName}</td>
                  <td>{lead.offerTitle}</td>
                  <td>{lead.communeName}</td>
                  <td>
                    {formatDays(lead.daysLate)} <span className="bw-muted">(promise le {formatLongDate(lead.dueAt)})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </WorkflowTemplate>
  )
}
