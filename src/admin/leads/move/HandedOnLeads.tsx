import type { Payload } from 'payload'

import { LEAD_MOVE_KINDS } from '@/domain/leads/leadMoves'
import { formatDateTime } from '@/domain/shared/frenchDates'
import { idOf } from '@/domain/shared/ids'
import type { Partner, User } from '@/payload-types'
import { verifiedMessage } from '@/security/signedMessage'

import { HANDED_ON_PAGE, HANDED_ON_SECTION_ID, MOVE_DONE_PARAM } from './movePaths'

const DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000
const kindLabel = (kind: string) => LEAD_MOVE_KINDS.find((entry) => entry.value === kind)?.label ?? kind

/**
 * « Demandes confiées à d’autres organismes »: the read-only trace an organisation keeps of the requests handed from
 * it to another organisation over the last 90 days (reference, when, to whom, by whom, why), read with the person's
 * access. Nothing is shown when there is none. Right after a forwarding (`moveLeadFormAction`), the result at the top,
 * only when the server signed it for the dashboard (its style: `.boussole-handed-on__done` in the dashboard's stylesheet).
 */
export async function HandedOnLeads({
  payload,
  user,
  now,
  searchParams,
}: {
  payload: Payload
  user: User
  now: Date
  /** The dashboard's query string: the result of a forwarding just made. */
  searchParams?: Record<string, string | string[] | undefined>
}) {
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
  const done = verifiedMessage(payload.secret, HANDED_ON_PAGE, MOVE_DONE_PARAM, searchParams)
  if (!docs.length && !done) return null
  return (
    <section aria-labelledby={HANDED_ON_SECTION_ID}>
      <h2 id={HANDED_ON_SECTION_ID} className="boussole-dashboard__section-title">
        Demandes confiées à d’autres organismes
      </h2>
      {done ? (
        <p role="status" className="boussole-handed-on__done">
          {done}
        </p>
      ) : null}
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
