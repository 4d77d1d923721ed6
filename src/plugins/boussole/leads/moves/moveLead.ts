import type { Payload, PayloadRequest } from 'payload'

import { asUser } from '@/database/transactions'
import { activeUser } from '@/domain/accounts/roles'
import { LEAD_MOVE_KINDS, moveError, movedLeadDates, moveNote, moveReason, type LeadMoveKind, type MoveError } from '@/domain/leads/leadMoves'
import { parisDay } from '@/domain/shared/frenchDates'
import { idOf } from '@/domain/shared/ids'
import type { Offer, Partner } from '@/payload-types'

import { BoussoleApiError, notFound } from '../../core/errors'
import { now } from '../../core/options'
import { loadLeadSummary } from '../leadSummary'
import { lockMovableLead } from './lockMovableLead'
import { queueMoveMessages } from './moveMessages'

export interface MoveLeadInput {
  leadId: unknown
  offerId: unknown
  kind: unknown
  reason: unknown
}

export interface MovedLead {
  leadId: number
  reference: string
  moveId: number
  toPartnerName: string
  toOfferTitle: string
  dueAt: string
}

/** Who may not (403), the request's state (409), the rest (400). */
const STATUS_OF: Record<MoveError['field'], number> = { by: 403, lead: 409, offer: 400, reason: 400, kind: 400 }
const refused = (error: MoveError) => new BoussoleApiError(STATUS_OF[error.field], [{ message: error.message, field: error.field }])
const CHANGED_MEANWHILE = 'Cette demande vient d’être modifiée (confiée à un autre organisme ou clôturée) : rechargez la page.'

const isMoveKind = (kind: unknown): kind is LeadMoveKind => LEAD_MOVE_KINDS.some((entry) => entry.value === kind)

/** The request as its person sees it (404 when it is not within their perimeter). */
async function assertVisible(req: PayloadRequest, leadId: number): Promise<void> {
  const { docs } = await req.payload.find({
    collection: 'leads',
    where: { id: { equals: leadId } },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
    select: { status: true },
  })
  if (!docs.length) throw notFound('Demande introuvable.', 'lead')
}

async function loadTarget(req: PayloadRequest, offerId: number): Promise<Offer & { partner: Partner }> {
  const offer = await req.payload.findByID({
    collection: 'offers',
    id: offerId,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
    populate: { partners: { name: true } },
    select: { title: true, partner: true, territory: true, status: true, contactDelayDays: true, pausedUntil: true },
  })
  if (!offer) throw notFound('Offre introuvable.', 'offer')
  return offer as Offer & { partner: Partner }
}

const pausedOn = (offer: Pick<Offer, 'pausedUntil'>, today: Date) => Boolean(offer.pausedUntil && parisDay(offer.pausedUntil) >= parisDay(today))

/**
 * Hands a request to another organisation's offer — « réattribuer » (the territory's animation) or « orienter vers un
 * homologue » (the request's professional) — as the signed-in person of `req`, in ONE transaction: the rule
 * (`moveError`), the request (new offer and organisation, the new offer's delay restarted from now, back to
 * « nouvelle », unassigned), its history entry, the `lead-moves` trace, and the messages (the new organisation's
 * alert, the young person told by their channel, the first organisation told). 404 when the request or offer is
 * unknown to this person, 403/409/400 as `moveError` says, 409 when another move or a closing won the race.
 */
export async function moveLead(payload: Payload, input: MoveLeadInput, req: Pick<PayloadRequest, 'user'>): Promise<MovedLead> {
  const user = activeUser(req.user)
  if (!user) throw new BoussoleApiError(403, [{ message: 'Connectez-vous pour confier une demande à un autre organisme.' }])
  const leadId = Number(input.leadId)
  const offerId = Number(input.offerId)
  if (!Number.isInteger(leadId) || leadId <= 0) throw notFound('Demande introuvable.', 'lead')
  if (!Number.isInteger(offerId) || offerId <= 0) throw notFound('Choisissez l’offre à laquelle confier la demande.', 'offer')
  const kind = isMoveKind(input.kind) ? input.kind : null
  if (!kind) throw refused({ field: 'kind', message: 'Choisissez « réattribuer » ou « orienter vers un homologue ».' })

  return asUser(payload, user, async (tx) => {
    await assertVisible(tx, leadId)
    const loaded = await loadLeadSummary(payload, leadId, tx)
    if (!loaded) throw notFound('Demande introuvable.', 'lead')
    const { lead, summary: from } = loaded
    const target = await loadTarget(tx, offerId)
    const at = now(payload)
    const error = moveError({
      actorRole: user.role,
      actorPartnerId: idOf(user.partner),
      actorTerritoryIds: (user.territories ?? []).map((territory) => idOf(territory)),
      kind,
      lead: { status: lead.status, partnerId: from.partnerId, territoryId: from.territoryId, erased: Boolean(lead.timeline?.anonymizedAt) },
      target: {
        offerId,
        partnerId: target.partner.id,
        territoryId: idOf(target.territory),
        published: target.status === 'publiee',
        pausedOnDay: pausedOn(target, at),
      },
      reason: input.reason,
    })
    if (error) throw refused(error)
    if (!(await lockMovableLead(tx, leadId, from.offerId))) throw new BoussoleApiError(409, [{ message: CHANGED_MEANWHILE }])

    const reason = moveReason(input.reason)
    const dates = movedLeadDates({ now: at, contactDelayDays: target.contactDelayDays })
    const note = moveNote(from, { partnerName: target.partner.name, offerTitle: target.title }, reason)
    await payload.update({
      collection: 'leads',
      id: leadId,
      data: {
        offer: offerId,
        partner: target.partner.id,
        contactDelayDays: target.contactDelayDays,
        dueAt: dates.dueAt,
        overdue: dates.overdue,
        status: 'nouvelle',
        assignee: null,
        outcome: null,
        closingComment: null,
        timeline: dates.timeline,
      },
      depth: 0,
      overrideAccess: true,
      req: tx,
      context: { boussoleLeadMove: { event: kind, note } },
    })
    const move = await payload.create({
      collection: 'lead-moves',
      data: {
        lead: leadId,
        reference: from.reference,
        kind,
        at: at.toISOString(),
        by: user.id,
        territory: from.territoryId,
        fromOffer: from.offerId,
        fromPartner: from.partnerId,
        toOffer: offerId,
        toPartner: target.partner.id,
        reason,
        wasOverdue: Boolean(lead.overdue),
      },
      depth: 0,
      overrideAccess: true,
      req: tx,
    })
    const moved = await loadLeadSummary(payload, leadId, tx)
    if (!moved) throw new Error(`Lead ${leadId} vanished while moved`)
    await queueMoveMessages(tx, { from, to: moved.summary, moveId: move.id, byName: user.name })
    return {
      leadId,
      reference: from.reference,
      moveId: move.id,
      toPartnerName: target.partner.name,
      toOfferTitle: target.title,
      dueAt: dates.dueAt,
    }
  })
}
