import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { dueDate } from '../../src/domain/leads/dueDate'
import { evaluateRules } from '../../src/domain/matching/evaluateRules'
import { rulesOf } from '../../src/domain/matching/rulesOf'
import { isAbsentOn } from '../../src/domain/partners/absence'
import type { Answers } from '../../src/domain/questionnaire/types'
import { validateAnswers } from '../../src/domain/questionnaire/validateAnswers'
import { addCalendarDays, formatCalendarDate, localDateTime } from '../../src/domain/shared/timeZone'
import type { Lead, Offer, Search } from '../../src/payload-types'
import { catalogue } from '../../src/plugins/boussole/catalogue/catalogue'
import { runRetentionSweep } from '../../src/plugins/boussole/retention/runRetentionSweep'
import { runSlaSweep } from '../../src/plugins/boussole/sla/runSlaSweep'
import { buildResponsivenessReport } from '../../src/plugins/boussole/statistics/responsivenessReport'
import { seedDemoActivity, type SeedActivityResult } from '../../src/seed/activity'
import { ABSENT_MEMBER } from '../../src/seed/activityMembers'
import { useManualClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'

/**
 * The demo activity seeded on the test template (demo data without any lead): leads at every stage,
 * consistent with their offer, questionnaire and due dates, dated relative to `now`, without any email.
 */
const context = useTestPayload()
let payload: Payload

/** Friday 20 November 2026, 11:00 in Paris. */
const NOW = new Date('2026-11-20T10:00:00.000Z')
const DAY_MS = 24 * 60 * 60 * 1000
const WINDOW_START = new Date(NOW.getTime() - 12 * 7 * DAY_MS - DAY_MS)

let result: SeedActivityResult
let leads: Lead[]
let searches: Search[]
let offers: Map<number, Offer>

const idOf = (value: unknown): number => (typeof value === 'object' && value !== null ? Number((value as { id: unknown }).id) : Number(value))
const parisDay = (date: Date | string) => formatCalendarDate(localDateTime(new Date(date)))
const todayKey = parisDay(NOW)
const tomorrowKey = formatCalendarDate(addCalendarDays(localDateTime(NOW), 1))

async function partnerId(name: string): Promise<number> {
  const { docs } = await payload.find({ collection: 'partners', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })
  if (!docs[0]) throw new Error(`Organisme de démonstration introuvable : ${name}`)
  return docs[0].id
}

beforeAll(async () => {
  payload = context.payload
  expect(await payload.count({ collection: 'leads', overrideAccess: true })).toEqual({ totalDocs: 0 })
  result = await seedDemoActivity(payload, { now: NOW })
  leads = (await payload.find({ collection: 'leads', pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs
  searches = (await payload.find({ collection: 'searches', pagination: false, depth: 0, overrideAccess: true })).docs
  offers = new Map((await payload.find({ collection: 'offers', pagination: false, depth: 0, overrideAccess: true })).docs.map((offer) => [offer.id, offer]))
}, 600_000)

describe('seedDemoActivity', () => {
  it('creates leads at every stage in the three territories', async () => {
    expect(result.status).toBe('created')
    expect(result.leads).toBe(leads.length)
    expect(leads.length).toBeGreaterThanOrEqual(45)
    expect(leads.length).toBeLessThanOrEqual(65)
    const byStatus = { nouvelle: 0, en_cours: 0, cloturee: 0 }
    for (const lead of leads) byStatus[lead.status]++
    expect(byStatus).toEqual(result.byStatus)
    expect(byStatus.nouvelle).toBeGreaterThanOrEqual(15)
    expect(byStatus.en_cours).toBeGreaterThanOrEqual(6)
    expect(byStatus.cloturee).toBeGreaterThanOrEqual(15)

    const perTerritory = new Map<number, number>()
    for (const lead of leads) perTerritory.set(idOf(lead.territory), (perTerritory.get(idOf(lead.territory)) ?? 0) + 1)
    expect(perTerritory.size).toBe(3)
    for (const count of perTerritory.values()) expect(count).toBeGreaterThanOrEqual(15)

    const closed = leads.filter((lead) => lead.status === 'cloturee')
    expect(new Set(closed.map((lead) => lead.outcome)).size).toBeGreaterThanOrEqual(5)
    for (const lead of closed) {
      expect(lead.outcome).toBeTruthy()
      expect(lead.timeline?.closedAt).toBeTruthy()
      if (!lead.timeline?.anonymizedAt) expect(lead.closingComment?.trim()).toBeTruthy()
    }
    for (const lead of leads.filter((entry) => entry.status === 'en_cours')) {
      expect(lead.timeline?.takenAt).toBeTruthy()
      expect(lead.timeline?.closedAt ?? null).toBeNull()
      expect(lead.outcome ?? null).toBeNull()
    }
  })

  it('erases the answers and profile of the leads the retention sweep anonymised, keeping an age band', () => {
    const erased = leads.filter((lead) => lead.timeline?.anonymizedAt)
    expect(erased.length).toBeGreaterThan(0)
    for (const lead of erased) {
      expect({ contact: lead.contact, answers: lead.answers ?? null, profile: lead.profile, closingComment: lead.closingComment ?? null }).toEqual({
        contact: { email: null, phone: null },
        answers: null,
        profile: [],
        closingComment: null,
      })
      expect(lead.ageBand).toMatch(/^age_/)
      expect((lead.history ?? []).every((entry) => !entry.note)).toBe(true)
    }
  })

  it('gives every lead answers valid for the questionnaire and eligible for its offer', async () => {
    for (const lead of leads.filter((lead) => !lead.timeline?.anonymizedAt)) {
      const offer = offers.get(idOf(lead.offer))!
      expect(offer.status).toBe('publiee')
      expect(idOf(lead.partner)).toBe(idOf(offer.partner))
      expect(idOf(lead.territory)).toBe(idOf(offer.territory))
      expect(idOf(lead.theme)).toBe(idOf(offer.theme))
      if (offer.coverage?.mode === 'communes') expect((offer.coverage.communes ?? []).map(idOf)).toContain(idOf(lead.commune))

      const questions = (await catalogue.get(payload)).questionnaireFor(idOf(offer.theme), idOf(offer.territory))!.questions
      const answers = lead.answers as Answers
      const validation = validateAnswers(questions, answers)
      expect(validation).toEqual({ ok: true, answers })
      const evaluation = evaluateRules(rulesOf(offer), answers, questions)
      expect({ reference: lead.reference, failed: evaluation.failed }).toEqual({ reference: lead.reference, failed: [] })
      expect(lead.profile?.length).toBeGreaterThanOrEqual(3)
      expect(lead.profile?.[0]).toMatchObject({ question: 'Quel âge as-tu ?', answer: `${answers.age} ans` })
      expect(lead.reference).toMatch(/^BSL-\d{4}-[2-9A-HJKMNP-Z]{6}$/)
    }
  })

  it('dates every lead relative to now, with due dates computed as the intake does', () => {
    const recent = leads.filter((lead) => !lead.timeline?.anonymizedAt)
    for (const lead of leads) {
      const createdAt = new Date(lead.createdAt)
      expect(createdAt.getTime()).toBeLessThan(NOW.getTime())
      expect(lead.contactDelayDays).toBe(offers.get(idOf(lead.offer))!.contactDelayDays)
      // a moved request's delay restarts from the move (activityRescues.ts)
      expect(lead.dueAt).toBe(dueDate(new Date(lead.timeline?.movedAt ?? lead.createdAt), lead.contactDelayDays!).toISOString())
      expect(lead.consentAt).toBe(lead.createdAt)
      expect(lead.history?.[0]).toMatchObject({ at: lead.createdAt, to: 'nouvelle' })
      // the last change of status (an assignment « Attribuée à … » may come after it)
      const statusEntries = lead.history!.filter((entry) => entry.event !== 'assigned')
      expect(statusEntries[statusEntries.length - 1].to).toBe(lead.status)
      const times = lead.history!.map((entry) => new Date(entry.at).getTime())
      expect(times).toEqual([...times].sort((a, b) => a - b))
      for (const at of Object.values(lead.timeline ?? {})) {
        if (typeof at === 'string' && /^\d{4}-/.test(at)) expect(new Date(at).getTime()).toBeLessThanOrEqual(NOW.getTime())
      }
    }
    // Payload kept the given creation dates: spread over the 12 weeks.
    for (const lead of recent) expect(new Date(lead.createdAt).getTime()).toBeGreaterThanOrEqual(WINDOW_START.getTime())
    const ages = recent.map((lead) => (NOW.getTime() - new Date(lead.createdAt).getTime()) / DAY_MS)
    expect(Math.max(...ages)).toBeGreaterThan(60)
    expect(Math.min(...ages)).toBeLessThan(1)
  })

  it('flags overdue leads as the SLA sweep would have, and records follow-ups', () => {
    const overdue = leads.filter((lead) => lead.status === 'nouvelle' && new Date(lead.dueAt!).getTime() < NOW.getTime())
    expect(overdue.length).toBeGreaterThanOrEqual(6)
    for (const lead of overdue) {
      expect(lead.overdue).toBe(true)
      expect(lead.timeline?.escalatedAt).toBeTruthy()
    }
    for (const lead of leads.filter((entry) => entry.status === 'nouvelle' && new Date(entry.dueAt!).getTime() >= NOW.getTime())) {
      expect(lead.overdue).toBe(false)
    }
    const answered = leads.filter((lead) => lead.timeline?.followUpAnsweredAt)
    expect(answered.some((lead) => lead.timeline?.contactedAccordingToYoungPerson === 'oui')).toBe(true)
    expect(answered.some((lead) => lead.timeline?.contactedAccordingToYoungPerson === 'non')).toBe(true)
    for (const lead of leads.filter((entry) => entry.timeline?.followUpSentAt)) {
      expect(new Date(lead.timeline!.followUpSentAt!).getTime()).toBeGreaterThanOrEqual(new Date(lead.dueAt!).getTime() + 3 * DAY_MS)
    }
  })

  it('anonymises one or two old leads for retention', () => {
    const anonymized = leads.filter((lead) => lead.timeline?.anonymizedAt)
    expect(anonymized.length).toBeGreaterThanOrEqual(1)
    expect(anonymized.length).toBeLessThanOrEqual(2)
    for (const lead of anonymized) {
      expect(lead.timeline?.anonymizedReason).toBe('retention')
      expect(lead.contact?.email ?? null).toBeNull()
      expect(lead.contact?.phone ?? null).toBeNull()
      expect(lead.status).toBe('cloturee')
      expect(new Date(lead.timeline!.anonymizedAt!).getTime()).toBeGreaterThan(new Date(lead.timeline!.closedAt!).getTime() + 365 * DAY_MS)
    }
    for (const lead of leads.filter((entry) => !entry.timeline?.anonymizedAt)) {
      expect(lead.contact?.email || lead.contact?.phone).toBeTruthy()
      if (lead.contact?.email) expect(lead.contact.email).toMatch(/@example\.org$/)
      if (lead.contact?.phone) expect(lead.contact.phone).toMatch(/^\+336\d{8}$/)
    }
  })

  it('gives the demo partner accounts leads to handle today, some overdue', async () => {
    for (const name of ['Mission Locale du Lot', 'Point Information Jeunesse de Cahors']) {
      const id = await partnerId(name)
      const open = leads.filter((lead) => idOf(lead.partner) === id && lead.status === 'nouvelle')
      expect(open.filter((lead) => lead.overdue).length).toBeGreaterThanOrEqual(1)
      expect(open.filter((lead) => parisDay(lead.dueAt!) === todayKey).length).toBeGreaterThanOrEqual(1)
      expect(open.filter((lead) => parisDay(lead.dueAt!) === tomorrowKey).length).toBeGreaterThanOrEqual(1)
    }
    const mlLot = await partnerId('Mission Locale du Lot')
    expect(leads.filter((lead) => idOf(lead.partner) === mlLot && lead.status === 'nouvelle' && lead.overdue).length).toBeGreaterThanOrEqual(2)
  })

  it('logs about 150 anonymous searches over the 12 weeks, some without any result', () => {
    expect(result.searches).toBe(searches.length)
    expect(searches.length).toBeGreaterThanOrEqual(140)
    expect(searches.length).toBeLessThanOrEqual(160)
    const empty = searches.filter((search) => search.resultCount === 0)
    expect(empty.length).toBeGreaterThanOrEqual(8)
    expect(empty.length).toBeLessThan(searches.length / 2)
    for (const search of searches) {
      const createdAt = new Date(search.createdAt).getTime()
      expect(createdAt).toBeGreaterThanOrEqual(WINDOW_START.getTime())
      expect(createdAt).toBeLessThanOrEqual(NOW.getTime())
      expect(search.territory).toBeTruthy()
      expect(typeof search.nearMissCount).toBe('number')
    }
    expect(new Set(searches.map((search) => idOf(search.territory))).size).toBe(3)
  })

  it('sends no email and queues no job, and logs as sent exactly the SMS acknowledgements and the follow-ups the timelines say were sent', async () => {
    expect(await payload.count({ collection: 'payload-jobs', overrideAccess: true })).toEqual({ totalDocs: 0 })
    const { docs: sent } = await payload.find({ collection: 'sent-emails', overrideAccess: true, depth: 0, pagination: false })
    const { docs: moves } = await payload.find({ collection: 'lead-moves', pagination: false, depth: 0, overrideAccess: true })
    const askedLeads = leads.filter((lead) => lead.timeline?.followUpSentAt)
    expect(askedLeads.length).toBeGreaterThan(0)
    const bySmsOnly = (lead: Lead) => Boolean(lead.contact?.phone && !lead.contact?.email)
    const row = (key: string, kind: string, lead: number) => ({ key, kind, lead })
    const expected = leads
      .filter((lead) => !lead.timeline?.anonymizedAt)
      .flatMap((lead) => [
        ...(bySmsOnly(lead) ? [row(`lead:${lead.id}:acknowledgement:sms`, 'sms-acknowledgement', lead.id)] : []),
        ...(lead.timeline?.followUpSentAt
          ? [bySmsOnly(lead) ? row(`lead:${lead.id}:follow-up:sms`, 'sms-follow-up', lead.id) : row(`lead:${lead.id}:follow-up`, 'follow-up', lead.id)]
          : []),
        ...(bySmsOnly(lead)
          ? moves.filter((move) => idOf(move.lead) === lead.id).map((move) => row(`lead:${lead.id}:move:${move.id}:sms`, 'sms-acknowledgement', lead.id))
          : []),
      ])
    const anonymized = new Set(leads.filter((lead) => lead.timeline?.anonymizedAt).map((lead) => lead.id))
    const rows = sent.map((entry) => row(entry.key, entry.kind, idOf(entry.lead)))
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)
    expect(rows.filter((entry) => !anonymized.has(entry.lead)).sort(byKey)).toEqual(expected.sort(byKey))
    // Erased requests (their contact is gone): what left before the erasure, under the same keys.
    for (const entry of rows.filter((candidate) => anonymized.has(candidate.lead))) {
      expect([
        row(`lead:${entry.lead}:acknowledgement:sms`, 'sms-acknowledgement', entry.lead),
        row(`lead:${entry.lead}:follow-up`, 'follow-up', entry.lead),
        row(`lead:${entry.lead}:follow-up:sms`, 'sms-follow-up', entry.lead),
      ]).toContainEqual(entry)
    }
    for (const lead of askedLeads) {
      const logged = sent.find((entry) => idOf(entry.lead) === lead.id && entry.key.includes(':follow-up'))
      expect(logged?.sentAt).toBe(lead.timeline!.followUpSentAt)
    }
    for (const entry of sent) expect(new Date(entry.sentAt).getTime()).toBeLessThanOrEqual(NOW.getTime())
  })

  it('gives every request left with a mobile number only its SMS acknowledgement in the sent log, and asks its follow-up by SMS', async () => {
    const { docs: sent } = await payload.find({ collection: 'sent-emails', overrideAccess: true, depth: 0, pagination: false })
    const keys = new Set(sent.map((entry) => entry.key))
    const bySms = leads.filter((lead) => lead.contact?.phone && !lead.contact?.email)
    expect(bySms.length).toBeGreaterThanOrEqual(3)
    for (const lead of bySms) expect(keys).toContain(`lead:${lead.id}:acknowledgement:sms`)
    const askedBySms = bySms.filter((lead) => lead.timeline?.followUpSentAt)
    expect(askedBySms.length).toBeGreaterThanOrEqual(1)
    for (const lead of askedBySms) expect(keys).toContain(`lead:${lead.id}:follow-up:sms`)
    // Past the follow-up date, every request with a contact was asked (whatever the channel).
    for (const lead of leads.filter((entry) => !entry.timeline?.anonymizedAt && !entry.timeline?.movedAt)) {
      const followUpAt = new Date(lead.dueAt!).getTime() + 3 * DAY_MS
      if (followUpAt <= NOW.getTime() - 60_000)
        expect({ reference: lead.reference, asked: Boolean(lead.timeline?.followUpSentAt) }).toEqual({ reference: lead.reference, asked: true })
    }
  })

  it('leaves the SLA and retention sweeps nothing to catch up on at the seed’s clock: no late reminder, escalation or follow-up', async () => {
    const clock = useManualClock(payload, NOW)
    try {
      expect(await runSlaSweep(payload)).toEqual({ reminded: 0, flaggedOverdue: 0, escalated: 0, followUps: 0 })
      clock.set(new Date(NOW.getTime() + 30 * 60_000))
      expect(await runSlaSweep(payload)).toEqual({ reminded: 0, flaggedOverdue: 0, escalated: 0, followUps: 0 })
      expect(await runRetentionSweep(payload)).toMatchObject({ anonymized: 0 })
      expect(await payload.count({ collection: 'payload-jobs', overrideAccess: true })).toEqual({ totalDocs: 0 })
    } finally {
      clock.restore()
    }
  })

  it('assigns requests to a member (« Suivie par ») in the Mission Locale du Lot and other organisations, with the history saying so', async () => {
    const assigned = leads.filter((lead) => lead.assignee)
    const mlLot = await partnerId('Mission Locale du Lot')
    expect(assigned.filter((lead) => idOf(lead.partner) === mlLot).length).toBeGreaterThanOrEqual(3)
    expect(new Set(assigned.map((lead) => idOf(lead.partner))).size).toBeGreaterThanOrEqual(2)
    const { docs: members } = await payload.find({
      collection: 'users',
      where: { id: { in: assigned.map((lead) => idOf(lead.assignee)) } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const lead of assigned) {
      const member = members.find((candidate) => candidate.id === idOf(lead.assignee))!
      expect({ role: member.role, active: member.active, partner: idOf(member.partner) }).toEqual({
        role: 'partner',
        active: true,
        partner: idOf(lead.partner),
      })
      const entry = lead.history?.find((candidate) => candidate.event === 'assigned')
      expect(entry).toMatchObject({ to: String(member.id), note: `Attribuée à ${member.name}` })
      expect(new Date(entry!.at).getTime()).toBeGreaterThanOrEqual(new Date(lead.createdAt).getTime())
      if (lead.timeline?.closedAt) expect(new Date(entry!.at).getTime()).toBeLessThan(new Date(lead.timeline.closedAt).getTime())
    }
    // Open requests too: the dashboard's « Suivie par » column has names to show.
    expect(assigned.some((lead) => lead.status !== 'cloturee' && idOf(lead.partner) === mlLot)).toBe(true)
  })

  it('adds a second professional to the Mission Locale du Lot, absent this week, with requests assigned to her', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: ABSENT_MEMBER.email } }, depth: 0, overrideAccess: true })
    expect(docs).toHaveLength(1)
    const [member] = docs
    expect({ role: member.role, active: member.active, partner: idOf(member.partner), name: member.name }).toEqual({
      role: 'partner',
      active: true,
      partner: await partnerId('Mission Locale du Lot'),
      name: ABSENT_MEMBER.name,
    })
    expect(isAbsentOn(member.absence, NOW)).toBe(true)
    expect(isAbsentOn(member.absence, new Date(NOW.getTime() - DAY_MS))).toBe(true)
    expect(isAbsentOn(member.absence, new Date(NOW.getTime() + 5 * DAY_MS))).toBe(true)
    expect(isAbsentOn(member.absence, new Date(NOW.getTime() + 6 * DAY_MS))).toBe(false)
    expect(leads.filter((lead) => idOf(lead.assignee) === member.id && lead.status !== 'cloturee').length).toBeGreaterThanOrEqual(1)
    // The history keeps being signed by the organisation's first account.
    expect(leads.flatMap((lead) => lead.history ?? []).some((entry) => idOf(entry.by) === member.id)).toBe(false)
  })

  it('records contact preferences on a good share of the requests, several combinations, never a channel the young person cannot be reached by', () => {
    const recent = leads.filter((lead) => !lead.timeline?.anonymizedAt)
    const withPreferences = recent.filter((lead) => lead.contactPreferences?.channels?.length || lead.contactPreferences?.moments?.length)
    expect(withPreferences.length).toBeGreaterThanOrEqual(recent.length / 3)
    expect(withPreferences.length).toBeLessThan(recent.length)
    const combinations = new Set(
      withPreferences.map((lead) => JSON.stringify([lead.contactPreferences?.channels ?? [], lead.contactPreferences?.moments ?? []])),
    )
    expect(combinations.size).toBeGreaterThanOrEqual(4)
    for (const lead of withPreferences) {
      const channels = lead.contactPreferences?.channels ?? []
      if (!lead.contact?.phone) expect(channels.filter((channel) => channel !== 'mail')).toEqual([])
      if (!lead.contact?.email) expect(channels).not.toContain('mail')
    }
  })

  it('hands a few handled requests of the Lot and the Sicoval over from a peer organisation, so that rescues show', async () => {
    const { docs: moves } = await payload.find({ collection: 'lead-moves', pagination: false, depth: 0, overrideAccess: true })
    expect(moves).toHaveLength(4)
    for (const move of moves) {
      const lead = leads.find((entry) => entry.id === idOf(move.lead))!
      expect(lead.timeline?.movedAt).toBe(move.at)
      expect(new Date(move.at).getTime()).toBeLessThan(new Date(lead.timeline!.takenAt!).getTime())
      expect([idOf(move.toPartner), idOf(move.toOffer), idOf(move.territory)]).toEqual([idOf(lead.partner), idOf(lead.offer), idOf(lead.territory)])
      expect(idOf(move.fromPartner)).not.toBe(idOf(lead.partner))
      expect(lead.history?.some((entry) => entry.event === move.kind && entry.at === move.at)).toBe(true)
    }
    expect(new Set(moves.map((move) => idOf(move.territory))).size).toBe(2)
  })

  it('gives the responsiveness figures something to show: organisations with enough requests, one without, rescues', async () => {
    const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@boussole.test' } }, depth: 0, overrideAccess: true })).docs[0]
    const { lines } = await buildResponsivenessReport({ payload, user: { ...admin, collection: 'users' } as never }, 'reactivite-par-organisme', { now: NOW })
    const byName = Object.fromEntries(lines.map((line) => [line.name, line]))
    expect(byName['Mission Locale du Lot'].figure).toMatchObject({ enough: true })
    expect(lines.filter((line) => line.figure.enough && line.figure.medianHours !== null).length).toBeGreaterThanOrEqual(2)
    expect(lines.filter((line) => !line.figure.enough).length).toBeGreaterThanOrEqual(1)
    expect(lines.reduce((sum, line) => sum + (line.rescues?.taken ?? 0), 0)).toBe(4)
  })

  it('does nothing the second time', async () => {
    const again = await seedDemoActivity(payload, { now: NOW })
    expect(again).toMatchObject({ status: 'skipped', leads: 0, searches: 0 })
    expect(await payload.count({ collection: 'leads', overrideAccess: true })).toEqual({ totalDocs: leads.length })
    expect(await payload.count({ collection: 'searches', overrideAccess: true })).toEqual({ totalDocs: searches.length })
  })
})
