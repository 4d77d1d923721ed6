import { dueDate } from './dueDate'

/**
 * A request handed to another organisation's offer: by the territory's animation once the delay is missed
 * (« réattribuée »), or by the professional who cannot help (« orientée vers un homologue »).
 */
export const LEAD_MOVE_KINDS = [
  { value: 'reassigned', label: 'Réattribuée par l’animation territoriale' },
  { value: 'forwarded', label: 'Orientée vers un homologue' },
] as const

export type LeadMoveKind = (typeof LEAD_MOVE_KINDS)[number]['value']

/** What an entry of a request's history records. */
export const LEAD_HISTORY_EVENTS = [
  { value: 'status', label: 'Changement de statut' },
  { value: 'reassigned', label: 'Réattribution' },
  { value: 'forwarded', label: 'Orientation vers un homologue' },
  { value: 'assigned', label: 'Attribution à un membre' },
] as const

export type LeadHistoryEvent = (typeof LEAD_HISTORY_EVENTS)[number]['value']

/** The longest reason a move may give (the `lead-moves.reason` field). */
export const MAX_MOVE_REASON_LENGTH = 1000

const OPEN_STATUSES: readonly string[] = ['nouvelle', 'en_cours']

export interface MoveRequest {
  actorRole: string | null
  actorPartnerId: number | null
  actorTerritoryIds: readonly number[]
  kind: LeadMoveKind
  lead: { status: string; partnerId: number; territoryId: number; erased: boolean }
  target: { offerId: number; partnerId: number; territoryId: number; published: boolean; pausedOnDay: boolean }
  reason: unknown
}

export interface MoveError {
  /** `by` (who may not move it), `lead` (its state forbids it), `offer` (the target), `reason` or `kind`. */
  field: 'by' | 'lead' | 'offer' | 'reason' | 'kind'
  message: string
}

const isStaffOfTerritory = (move: MoveRequest): boolean =>
  move.actorRole === 'admin' || (move.actorRole === 'animator' && move.actorTerritoryIds.includes(move.lead.territoryId))

/** Who may hand the request on: the territory's staff reassigns it; its organisation's professionals (or the staff) forward it. */
function actorError(move: MoveRequest): MoveError | null {
  if (move.kind === 'reassigned') {
    return isStaffOfTerritory(move) ? null : { field: 'by', message: 'Seule l’animation du territoire de la demande peut la réattribuer.' }
  }
  if (move.kind === 'forwarded') {
    const ownProfessional = move.actorRole === 'partner' && move.actorPartnerId === move.lead.partnerId
    return ownProfessional || isStaffOfTerritory(move)
      ? null
      : { field: 'by', message: 'Seul un ou une professionnelle de l’organisme qui a la demande peut l’orienter vers un homologue.' }
  }
  return { field: 'kind', message: 'Choisissez « réattribuer » ou « orienter vers un homologue ».' }
}

function leadError(lead: MoveRequest['lead']): MoveError | null {
  if (lead.erased) return { field: 'lead', message: 'Les données de cette demande ont été effacées : elle ne peut plus être confiée à un autre organisme.' }
  if (!OPEN_STATUSES.includes(lead.status))
    return { field: 'lead', message: 'Cette demande est clôturée : elle ne peut plus être confiée à un autre organisme.' }
  return null
}

function targetError(move: MoveRequest): MoveError | null {
  const { target, lead } = move
  if (target.partnerId === lead.partnerId) return { field: 'offer', message: 'Choisissez l’offre d’un autre organisme que celui qui a déjà la demande.' }
  if (!target.published) return { field: 'offer', message: 'Cette offre n’est pas publiée : choisissez une offre publiée.' }
  if (target.pausedOnDay) return { field: 'offer', message: 'Cette offre est complète en ce moment : choisissez-en une autre.' }
  if (target.territoryId !== lead.territoryId) return { field: 'offer', message: 'Choisissez une offre du territoire de la demande.' }
  return null
}

function reasonError(reason: unknown): MoveError | null {
  const text = typeof reason === 'string' ? reason.trim() : ''
  if (!text) return { field: 'reason', message: 'Indiquez le motif : il est transmis au nouvel organisme et gardé dans l’historique.' }
  if (text.length > MAX_MOVE_REASON_LENGTH) return { field: 'reason', message: `Le motif ne doit pas dépasser ${MAX_MOVE_REASON_LENGTH} caractères.` }
  return null
}

/**
 * Why this person may not hand this request to this offer (in French, with what to fix), or null when they may:
 * who first, then the request's state, the target offer, and the reason.
 */
export function moveError(move: MoveRequest): MoveError | null {
  return actorError(move) ?? leadError(move.lead) ?? targetError(move) ?? reasonError(move.reason)
}

/** The reason as stored: trimmed. */
export const moveReason = (reason: unknown): string => (typeof reason === 'string' ? reason.trim() : '')

/** What a moved request's dates become: the new offer's delay starts again from the move, every reminder forgotten. */
export function movedLeadDates({ now, contactDelayDays }: { now: Date; contactDelayDays: number }) {
  return {
    dueAt: dueDate(now, contactDelayDays).toISOString(),
    overdue: false,
    timeline: {
      movedAt: now.toISOString(),
      takenAt: null,
      closedAt: null,
      remindedAt: null,
      escalatedAt: null,
      followUpSentAt: null,
      followUpAnsweredAt: null,
      contactedAccordingToYoungPerson: null,
    },
  }
}

interface OfferOfPartner {
  partnerName: string
  offerTitle: string
}

/** The history entry's note: « De <organisme> (<offre>) à <organisme> (<offre>) : <motif> ». */
export const moveNote = (from: OfferOfPartner, to: OfferOfPartner, reason: string): string =>
  `De ${from.partnerName} (${from.offerTitle}) à ${to.partnerName} (${to.offerTitle}) : ${reason}`

/**
 * What this person may do with this request, as the back office offers it: the territory's staff reassigns it, its
 * organisation's professionals forward it; null when they may not move it (or it is closed or erased).
 */
export function moveKindFor(move: Omit<MoveRequest, 'kind' | 'target' | 'reason'>): LeadMoveKind | null {
  if (leadError(move.lead)) return null
  const kind: LeadMoveKind = move.actorRole === 'partner' ? 'forwarded' : 'reassigned'
  return actorError({ ...move, kind, target: { offerId: 0, partnerId: 0, territoryId: 0, published: false, pausedOnDay: false }, reason: '' }) ? null : kind
}
