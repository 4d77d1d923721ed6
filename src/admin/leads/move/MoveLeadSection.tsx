import type { Payload } from 'payload'

import type { Actor } from '@/database/transactions'
import { MAX_MOVE_REASON_LENGTH, moveKindFor } from '@/domain/leads/leadMoves'
import { formatDays } from '@/domain/shared/frenchText'
import { idOf } from '@/domain/shared/ids'
import { moveCandidates } from '@/plugins/boussole/server'
import { verifiedMessage } from '@/security/signedMessage'

import { requestPagePath } from '../requestPage/requestPagePath'
import { moveLeadFormAction } from './actions'
import { MOVE_DONE_PARAM, MOVE_ERROR_PARAM, MOVE_SECTION_ID } from './movePaths'
import './moveLead.css'

const TITLES = { reassigned: 'Réattribuer à une autre offre', forwarded: 'Orienter vers un homologue' } as const
const INTRO = {
  reassigned: 'Confiez la demande à l’offre d’un autre organisme qui couvre ce ou cette jeune : le délai de la nouvelle offre repart d’aujourd’hui.',
  forwarded:
    'Vous ne pouvez pas répondre à cette demande ? Confiez-la à un homologue du territoire plutôt que de la clôturer : le ou la jeune est prévenu(e) et le délai de la nouvelle offre repart d’aujourd’hui.',
} as const

interface Props {
  leadId: number
  payload: Payload
  user: Actor
  /** The page's query string: the result of a move just made (`actions.ts`), shown only when signed for this page. */
  searchParams?: Record<string, string | string[] | undefined>
}

/**
 * « Réattribuer » (the territory's animation) or « Orienter vers un homologue » (the request's professional): the
 * offers the request may go to, each with why it matches, and the required reason, in a plain form posted to a
 * server action. Renders nothing when the person may not move the request.
 */
export async function MoveLeadSection({ leadId, payload, user, searchParams = {} }: Props) {
  const lead = await payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!lead) return null
  const kind = moveKindFor({
    actorRole: user.role,
    actorPartnerId: idOf(user.partner),
    actorTerritoryIds: (user.territories ?? []).map((territory) => idOf(territory)),
    lead: { status: lead.status, partnerId: idOf(lead.partner), territoryId: idOf(lead.territory), erased: Boolean(lead.timeline?.anonymizedAt) },
  })
  const page = requestPagePath(leadId)
  const done = verifiedMessage(payload.secret, page, MOVE_DONE_PARAM, searchParams)
  const error = verifiedMessage(payload.secret, page, MOVE_ERROR_PARAM, searchParams)
  if (!kind) return done ? <Result id={MOVE_SECTION_ID} done={done} /> : null
  const candidates = await moveCandidates(payload, leadId)
  const titleId = `${MOVE_SECTION_ID}-titre`
  // the section is on the request's page once (its own id says so): ids built on it stay unique
  const offerFieldId = (offerId: number) => `${MOVE_SECTION_ID}-offre-${offerId}`
  const reasonId = `${MOVE_SECTION_ID}-motif`
  const confirmId = `${MOVE_SECTION_ID}-confirmation`
  return (
    <section id={MOVE_SECTION_ID} className="bw-move" aria-labelledby={titleId}>
      <h2 id={titleId}>{TITLES[kind]}</h2>
      {done ? <Result done={done} /> : null}
      {error ? (
        <p role="alert" className="bw-move__error">
          {error}
        </p>
      ) : null}
      <p>{INTRO[kind]}</p>
      {candidates.length === 0 ? (
        <p>Aucune offre publiée d’un autre organisme ne correspond aujourd’hui aux réponses de ce ou cette jeune.</p>
      ) : (
        <form action={moveLeadFormAction} method="post">
          <input type="hidden" name="leadId" value={leadId} />
          <input type="hidden" name="kind" value={kind} />
          <fieldset>
            <legend>Nouvelle offre (obligatoire)</legend>
            {candidates.map((candidate) => (
              <label key={candidate.offerId} className="bw-move__candidate" htmlFor={offerFieldId(candidate.offerId)}>
                <input id={offerFieldId(candidate.offerId)} type="radio" name="offerId" value={candidate.offerId} required />
                <span>
                  <strong>{candidate.partnerName}</strong> — {candidate.offerTitle}
                  <br />
                  <span className="bw-move__muted">Contact promis sous {formatDays(candidate.contactDelayDays)}</span>
                  {candidate.reasons.length ? <span className="bw-move__muted"> · {candidate.reasons.join(' · ')}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
          <label className="bw-move__reason" htmlFor={reasonId}>
            Motif (obligatoire, transmis au nouvel organisme et gardé dans l’historique)
            <textarea id={reasonId} name="reason" required maxLength={MAX_MOVE_REASON_LENGTH} rows={3} />
          </label>
          <label className="bw-move__confirm" htmlFor={confirmId}>
            <input id={confirmId} type="checkbox" name="confirm" value="oui" required />
            <span>Je confirme transmettre cette demande et les coordonnées du ou de la jeune à l’organisme choisi (obligatoire)</span>
          </label>
          <button type="submit" className="btn btn--style-primary btn--size-medium">
            {kind === 'reassigned' ? 'Réattribuer la demande' : 'Orienter la demande'}
          </button>
        </form>
      )}
    </section>
  )
}

function Result({ done, id }: { done: string; id?: string }) {
  return (
    <p id={id} role="status" className="bw-move__done">
      {done}
    </p>
  )
}
