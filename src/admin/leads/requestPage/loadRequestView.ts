import type { Payload } from 'payload'

import { AGE_BANDS } from '@/domain/leads/ageBand'
import { describeContactPreferences } from '@/domain/leads/contactPreferences'
import { isAbsentOn } from '@/domain/partners/absence'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { idOf } from '@/domain/shared/ids'
import type { LeadRow } from '@/domain/statistics/rows'
import type { Lead } from '@/payload-types'
import { loadNames } from '@/plugins/boussole/server'

import { dueSentence } from './dueSentence'
import { timeline, type HistoryEntry, type TimelineItem } from './timeline'

export interface Member {
  id: number
  name: string
  absentNow: boolean
}

/** Everything the request page shows, in words, from the lead the admin already read with the person's access. */
export interface RequestView {
  id: number
  reference: string
  status: Lead['status']
  erasedOn?: string
  erasedBecause?: string
  contact: { email?: string; phone?: string }
  preferences: string | null
  ageBand?: string
  offer: { id: number; title: string } | null
  partnerName: string
  theme: string
  commune: string
  profile: { question: string; answer: string }[]
  receivedOn: string
  dueOn?: string
  delayDays?: number
  due: { text: string; late: boolean } | null
  takenOn?: string
  closedOn?: string
  outcome?: string
  closingComment?: string
  assignee: { id: number; name: string } | null
  members: Member[]
  history: TimelineItem[]
}

const ERASED_BECAUSE: Record<string, string> = { retention: 'durée de conservation écoulée', withdrawal: 'à la demande du ou de la jeune' }

async function communeLabel(payload: Payload, id: number | null): Promise<string> {
  if (id === null) return '—'
  const commune = await payload.findByID({ collection: 'communes', id, depth: 0, overrideAccess: true, disableErrors: true })
  const record = commune as { label?: string | null; name?: string } | null
  return record?.label ?? record?.name ?? '—'
}

/** The organisation's active professionals, who may be assigned the lead. */
async function members(payload: Payload, partner: number, now: Date): Promise<Member[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'partner' } }, { partner: { equals: partner } }, { active: { equals: true } }] },
    select: { name: true, absence: true },
    sort: 'name',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((member) => ({ id: member.id, name: member.name, absentNow: isAbsentOn(member.absence, now) }))
}

export async function loadRequestView(payload: Payload, doc: Lead, now: Date, outcomes: readonly { value: string; label: string }[]): Promise<RequestView> {
  const partner = idOf(doc.partner)
  const offerId = idOf(doc.offer)
  const history = (doc.history ?? []) as HistoryEntry[]
  const assigneeId = idOf(doc.assignee)
  const people = [...history.map((entry) => idOf(entry.by)), assigneeId].filter((id): id is number => id !== null)
  const [offers, partners, themes, commune, names, team] = await Promise.all([
    loadNames(payload, 'offers', offerId === null ? [] : [offerId], 'title'),
    loadNames(payload, 'partners', [partner]),
    loadNames(payload, 'themes', [idOf(doc.theme)]),
    communeLabel(payload, idOf(doc.commune)),
    loadNames(payload, 'users', people),
    members(payload, partner, now),
  ])
  const row: LeadRow = { ...(doc as unknown as LeadRow), partner, theme: idOf(doc.theme), territory: idOf(doc.territory), offer: offerId }
  return {
    id: doc.id,
    reference: doc.reference ?? `#${doc.id}`,
    status: doc.status,
    erasedOn: doc.timeline?.anonymizedAt ? formatLongDate(doc.timeline.anonymizedAt) : undefined,
    erasedBecause: doc.timeline?.anonymizedReason ? ERASED_BECAUSE[doc.timeline.anonymizedReason] : undefined,
    contact: { email: doc.contact?.email ?? undefined, phone: doc.contact?.phone ?? undefined },
    preferences: describeContactPreferences(doc.contactPreferences),
    ageBand: AGE_BANDS.find((band) => band.value === doc.ageBand)?.label,
    offer: offerId === null ? null : { id: offerId, title: offers.get(offerId) ?? `Offre #${offerId}` },
    partnerName: partners.get(partner) ?? '—',
    theme: themes.get(idOf(doc.theme)) ?? '—',
    commune,
    profile: (doc.profile ?? []).flatMap((row) => (row.question && row.answer ? [{ question: row.question, answer: row.answer }] : [])),
    receivedOn: formatLongDate(doc.createdAt),
    dueOn: doc.dueAt ? formatLongDate(doc.dueAt) : undefined,
    delayDays: doc.contactDelayDays ?? undefined,
    due: dueSentence(row, now),
    takenOn: doc.timeline?.takenAt ? formatLongDate(doc.timeline.takenAt) : undefined,
    closedOn: doc.timeline?.closedAt ? formatLongDate(doc.timeline.closedAt) : undefined,
    outcome: outcomes.find((option) => option.value === doc.outcome)?.label,
    closingComment: doc.closingComment ?? undefined,
    assignee: assigneeId === null ? null : { id: assigneeId, name: names.get(assigneeId) ?? `#${assigneeId}` },
    members: team,
    history: timeline(history, names),
  }
}
