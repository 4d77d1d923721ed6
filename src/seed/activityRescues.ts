import type { Payload, PayloadRequest } from 'payload'

import { dueDate } from '@/domain/leads/dueDate'
import type { LeadMoveKind } from '@/domain/leads/leadMoves'
import { idOf } from '@/domain/shared/ids'
import type { Lead, Offer } from '@/payload-types'
import { SENT_MESSAGES_SLUG } from '@/plugins/boussole/server'

import { DEMO_ACCOUNTS } from './users'

/**
 * Demo rescues, so that the dashboards show requests handed to another organisation and the time to first
 * contact after it: in the Lot and the Sicoval, the first handled requests (taken by their organisation) of
 * the activity are turned into requests received by a move from a peer organisation of the territory —
 * réattribuée by the animation when the first delay had passed, orientée vers un homologue otherwise. Each
 * gets `timeline.movedAt`, its due date restarted from the move (as a real move does), its history entry and
 * its `lead-moves` row, and — for a young person who left only a mobile number — the SMS announcing the move in the
 * sent-messages log (as the move's delivery job records it). The request stays on its offer (its answers are eligible for it): the peer's offer is
 * the one it came from. Runs inside the activity's transaction (`req`).
 */
const MOVES_PER_TERRITORY = 2
const RESCUE_TERRITORIES = [
  { slug: 'lot', animator: DEMO_ACCOUNTS.animatorLot },
  { slug: 'sicoval', animator: DEMO_ACCOUNTS.animatorSicoval },
] as const

type LeadDoc = Pick<Lead, 'id' | 'reference' | 'createdAt' | 'dueAt' | 'contactDelayDays' | 'offer' | 'partner' | 'theme' | 'contact' | 'timeline' | 'history'>

export async function seedDemoRescues(payload: Payload, req: PayloadRequest): Promise<number> {
  const common = { depth: 0, pagination: false, overrideAccess: true, req } as const
  let moved = 0
  for (const territory of RESCUE_TERRITORIES) {
    const [{ docs: territories }, { docs: animators }] = await Promise.all([
      payload.find({ collection: 'territories', where: { slug: { equals: territory.slug } }, select: {}, ...common }),
      payload.find({ collection: 'users', where: { email: { equals: territory.animator } }, select: {}, ...common }),
    ])
    if (!territories[0]) continue
    const territoryId = territories[0].id
    const [{ docs: leads }, { docs: offers }] = await Promise.all([
      payload.find({
        collection: 'leads',
        where: {
          and: [
            { territory: { equals: territoryId } },
            { 'timeline.takenAt': { exists: true } },
            { 'timeline.anonymizedAt': { exists: false } },
            // a real move forgets the follow-up: only requests not asked yet are turned into moved ones
            { 'timeline.followUpSentAt': { exists: false } },
          ],
        },
        sort: 'createdAt',
        ...common,
      }),
      payload.find({
        collection: 'offers',
        where: { and: [{ territory: { equals: territoryId } }, { status: { equals: 'publiee' } }] },
        sort: 'id',
        ...common,
      }),
    ])
    for (const lead of (leads as LeadDoc[]).slice(0, MOVES_PER_TERRITORY)) {
      const from = peerOffer(offers, lead)
      if (!from) continue
      await moveIntoLead(payload, req, { lead, from, territoryId, animatorId: animators[0]?.id ?? null })
      moved += 1
    }
  }
  return moved
}

/** An offer of another organisation of the territory, of the same theme when there is one. */
function peerOffer(offers: Offer[], lead: LeadDoc): Offer | null {
  const others = offers.filter((offer) => idOf(offer.partner) !== idOf(lead.partner))
  return others.find((offer) => idOf(offer.theme) === idOf(lead.theme)) ?? others[0] ?? null
}

async function moveIntoLead(
  payload: Payload,
  req: PayloadRequest,
  { lead, from, territoryId, animatorId }: { lead: LeadDoc; from: Offer; territoryId: number; animatorId: number | null },
): Promise<void> {
  const created = new Date(lead.createdAt).getTime()
  const taken = new Date(lead.timeline!.takenAt!).getTime()
  // Moved halfway between the request and its taking by the current organisation.
  const movedAt = new Date(created + Math.round((taken - created) / 2))
  const wasOverdue = lead.dueAt ? movedAt.getTime() > new Date(lead.dueAt).getTime() : false
  const kind: LeadMoveKind = wasOverdue ? 'reassigned' : 'forwarded'
  const { docs: fromMembers } = await payload.find({
    collection: 'users',
    where: { and: [{ partner: { equals: idOf(from.partner) } }, { role: { equals: 'partner' } }] },
    select: {},
    // its first account, as in the rest of the activity (the absent colleague is added later)
    sort: 'id',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const by = kind === 'reassigned' ? animatorId : (fromMembers[0]?.id ?? null)
  const reason =
    kind === 'reassigned' ? 'Délai dépassé sans contact : confiée à un autre organisme du territoire.' : 'Hors de notre champ : orientée vers un homologue.'
  const history = [...(lead.history ?? []), { at: movedAt.toISOString(), by, from: 'nouvelle', to: 'nouvelle', event: kind, note: reason }].sort(
    (a, b) => new Date(a.at).getTime() - new Date(b.at).getTime(),
  )
  await payload.update({
    collection: 'leads',
    id: lead.id,
    data: {
      dueAt: dueDate(movedAt, lead.contactDelayDays ?? 3).toISOString(),
      timeline: { ...lead.timeline, movedAt: movedAt.toISOString() },
      history,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const move = await payload.create({
    collection: 'lead-moves',
    data: {
      lead: lead.id,
      reference: lead.reference ?? `#${lead.id}`,
      kind,
      at: movedAt.toISOString(),
      by,
      territory: territoryId,
      fromOffer: from.id,
      fromPartner: idOf(from.partner)!,
      toOffer: idOf(lead.offer)!,
      toPartner: idOf(lead.partner)!,
      reason,
      wasOverdue,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (lead.contact?.phone && !lead.contact.email) {
    await payload.create({
      collection: SENT_MESSAGES_SLUG,
      data: {
        key: `lead:${lead.id}:move:${move.id}:sms`,
        kind: 'sms-acknowledgement',
        lead: lead.id,
        sentAt: new Date(movedAt.getTime() + 60_000).toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
}
