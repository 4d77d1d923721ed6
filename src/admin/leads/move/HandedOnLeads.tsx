import type { Payload } from 'payload'

import { LEAD_MOVE_KINDS } from '@/domain/leads/leadMoves'
import { formatDateTime } from '@/domain/shared/frenchDates'
import { idOf } from '@/domain/shared/ids'
import type { Partner, User } from '@/payload-types'

const DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000
const kindLabel = (kind: string) => LEAD_MOVE_KINDS.find((entry) => entry.value === kind)?.label ?? kind

/**
 * « Demandes confiées à d’autres organismes »: the read-only trace an organisation keeps of the requests handed from
 * it to another organisation over the last 90 days (reference, when, to whom, by whom, why), read with the person's
 * access. Nothing is shown when there is none.
 */
export async function HandedOnLeads({ payload, user, now }: { payload: Payload; user: User; now: Date }) {
  const partnerId = idOf(user.partner)
  if (partnerId === null) return null
  const { docs } = await payload.find({
    collection: 'lead-moves',
    where: { and: [{ fromPartner: { equals: partnerId } }, { at: { greater_than_equal: new Date(now.getTime() - DAYS * DAY_MS).toISOString() } }] },
    sort: '-at',
    depth: 1,
    limit: 100,
    overrideAccess: false,
    user,
    select: { reference: true, at: true, kind: true, toPartner: true, by: true, reason: true },
    populate: { partners: { name: true }, users: { name: true } },
  })
  if (!docs.length) return null
  return (
    <section aria-labelledby="demandes-confiees">
      <h2 id="demandes-confiees" className="boussole-dashboard__section-title">
        Demandes confiées à d’autres organismes
      </h2>
      <p className="boussole-muted">Les {DAYS} derniers jours. Ces demandes ne sont plus les vôtres : seule leur trace reste ici.</p>
      <div className="boussole-table-wrapper">
        <table className="boussole-table">
          <thead>
            <tr>
              <th scope="col">Référence</th>
              <th scope="col">Le</th>
              <th scope="col">Confiée à</th>
              <th scope="col">Par</th>
              <th scope="col">Motif</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((move) => (
              <tr key={move.id}>
                <th scope="row">{move.reference}</th>
                <td>{formatDateTime(move.at)}</td>
                <td>{(move.toPartner as Partner | undefined)?.name ?? '—'}</td>
                <td>
                  {(move.by as User | null | undefined)?.name ?? '—'} <span className="boussole-muted">({kindLabel(move.kind).toLowerCase()})</span>
                </td>
                <td>{move.reason || <span className="boussole-muted">effacé avec les données du jeune</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
