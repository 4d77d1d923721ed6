import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Lead } from '../../src/payload-types'
import { SCHEDULED_QUEUE, SLA_SWEEP_TASK } from '../../src/plugins/boussole/jobs/queues'
import { siteUrl } from '../../src/plugins/boussole/leads/leadLinks'
import { runRetentionSweep } from '../../src/plugins/boussole/retention/runRetentionSweep'
import { runSlaSweep } from '../../src/plugins/boussole/sla/runSlaSweep'
import { sendWeeklyDigest } from '../../src/plugins/boussole/sla/sendWeeklyDigest'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer, type ReceivedEmail } from '../helpers/smtp'
import { CEJ, DEMO_PASSWORD, leadBody, LOT_ANIMATOR, ML_LOT_PRO, offerId, runEmailJobs } from './leads.fixtures'

const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let clock: InstalledClock

/** A: nobody handles it, its promise is broken. B: taken by the organisation right after the reminder was queued. */
const leads = { a: { id: 0, reference: '' }, b: { id: 0, reference: '' } }
const NOTHING = { reminded: 0, flaggedOverdue: 0, escalated: 0, followUps: 0 }

const read = (payload: Payload, id: number): Promise<Lead> => payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true })

/** Delivers what is queued and returns what was received since the last call. */
async function deliver(): Promise<ReceivedEmail[]> {
  smtp.clear()
  await runEmailJobs(context.payload)
  return [...smtp.received]
}

const urlsIn = (text: string): URL[] => (text.match(/https?:\/\/\S+/g) ?? []).map((url) => new URL(url))

beforeAll(async () => {
  api = apiClient(context.payload)
  // Tuesday 24 November 2026, 10:00 in Paris: the CEJ (3 days) is due on Friday 27 at 23:59:59.999.
  clock = useManualClock(context.payload, '2026-11-24T09:00:00.000Z')
  const cej = await offerId(context.payload, CEJ)
  for (const key of ['a', 'b'] as const) {
    const response = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email: `jeune.${key}@example.org`, phone: '0612345678' } }) })
    expect(response.status).toBe(201)
    leads[key] = response.json
  }
  await deliver()
})

afterAll(() => clock.restore())

describe('the SLA of a lead, from creation to anonymisation', () => {
  it('does nothing while the due date is far', async () => {
    expect(await runSlaSweep(context.payload)).toEqual(NOTHING)
    expect(await deliver()).toHaveLength(0)
  })

  it('reminds the organisation 24 hours before the due date, once, and not for a lead taken meanwhile', async () => {
    const { payload } = context
    clock.set('2026-11-27T00:00:00.000Z')

    expect(await runSlaSweep(payload)).toEqual({ ...NOTHING, reminded: 2 })
    // The professional takes lead B before the reminders leave: its reminder is dropped at sending time.
    const token = await api.login(ML_LOT_PRO, DEMO_PASSWORD)
    expect((await api.patch(`/leads/${leads.b.id}`, { status: 'en_cours' }, token)).status).toBe(200)
    const received = await deliver()

    expect(received.map((email) => [email.to, email.subject])).toEqual([
      [[ML_LOT_PRO], `Rappel : demande ${leads.a.reference} à contacter avant le vendredi 27 novembre 2026`],
    ])
    expect((await read(payload, leads.a.id)).timeline?.remindedAt).toBe('2026-11-27T00:00:00.000Z')
    expect(await runSlaSweep(payload)).toEqual(NOTHING)
  })

  it('flags « hors délai » the lead still new after its due date and escalates it to the animator, through the scheduled task', async () => {
    const { payload } = context
    clock.set('2026-11-28T00:00:00.000Z')

    await payload.jobs.queue({ task: SLA_SWEEP_TASK, queue: SCHEDULED_QUEUE, input: {} })
    await payload.jobs.run({ queue: SCHEDULED_QUEUE, silent: true })
    const received = await deliver()

    expect(received.map((email) => [email.to, email.subject])).toEqual([[[LOT_ANIMATOR], `Demande hors délai : ${leads.a.reference} (Mission Locale du Lot)`]])
    expect(received[0].text).toContain(`${siteUrl(payload)}/admin/collections/leads/${leads.a.id}`)
    expect(received[0].text).not.toContain('jeune.a@example.org')
    const a = await read(payload, leads.a.id)
    expect(a).toMatchObject({ overdue: true, status: 'nouvelle', timeline: { escalatedAt: '2026-11-28T00:00:00.000Z' } })
    const b = await read(payload, leads.b.id)
    expect(b).toMatchObject({ overdue: false, status: 'en_cours', timeline: { escalatedAt: null, remindedAt: '2026-11-27T00:00:00.000Z' } })
    expect(await runSlaSweep(payload)).toEqual(NOTHING)
  })

  it('sends the animators the weekly digest of overdue, unclosed leads, once a day at most', async () => {
    clock.set('2026-11-30T07:00:00.000Z')

    expect(await sendWeeklyDigest(context.payload)).toEqual({ digests: 1 })
    const [digest, ...others] = await deliver()

    expect(others).toHaveLength(0)
    expect(digest.to).toEqual([LOT_ANIMATOR])
    expect(digest.subject).toBe('Boussole : 1 demande hors délai sur vos territoires')
    expect(digest.text).toContain(leads.a.reference)
    expect(digest.text).not.toContain(leads.b.reference)
    await sendWeeklyDigest(context.payload)
    expect(await deliver()).toHaveLength(0)
  })

  it('asks the young people whether they were contacted; « Oui » is recorded once, and can be corrected for 7 days', async () => {
    const { payload } = context
    clock.set('2026-12-01T08:00:00.000Z')

    expect(await runSlaSweep(payload)).toEqual({ ...NOTHING, followUps: 2 })
    const received = await deliver()
    expect(received.map((email) => email.to[0]).sort()).toEqual(['jeune.a@example.org', 'jeune.b@example.org'])
    const followUp = received.find((email) => email.to[0] === 'jeune.a@example.org')!
    expect(followUp.subject).toBe('As-tu été contacté(e) par Mission Locale du Lot ?')
    const links = urlsIn(followUp.text).filter((url) => url.pathname === `/demandes/${leads.a.id}/suivi`)
    expect(links.map((url) => url.searchParams.get('reponse')).sort()).toEqual(['non', 'oui'])
    const token = links[0].searchParams.get('token')!
    const answer = (value: string, withToken = token, id = leads.a.id) =>
      api.get(`/boussole/leads/${id}/follow-up?answer=${value}&token=${encodeURIComponent(withToken)}`)

    expect(await answer('oui')).toMatchObject({ status: 200, json: { reference: leads.a.reference, answer: 'oui' } })
    const again = await answer('oui')
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toBe('Tu as déjà répondu à cette question. Merci !')
    // A mistaken tap is corrected within 7 days of the first answer, whose date stays (the window does not move).
    clock.set('2026-12-04T08:00:00.000Z')
    expect(await answer('non')).toMatchObject({ status: 200, json: { answer: 'non', corrected: true } })
    expect((await read(payload, leads.a.id)).timeline).toMatchObject({ followUpAnsweredAt: '2026-12-01T08:00:00.000Z', contactedAccordingToYoungPerson: 'non' })
    expect(await answer('oui')).toMatchObject({ status: 200, json: { answer: 'oui', corrected: true } })
    clock.set('2026-12-08T08:00:01.000Z')
    const late = await answer('non')
    expect(late.status).toBe(409)
    expect(late.json.errors[0].message).toBe('Tu as répondu à cette question il y a plus de 7 jours : ta réponse ne peut plus être corrigée.')
    expect((await answer('oui', `${token.slice(0, -2)}xx`)).status).toBe(403)
    expect((await answer('non', token, leads.b.id)).status).toBe(403)
    expect((await answer('peut-etre')).status).toBe(400)

    expect((await read(payload, leads.a.id)).timeline).toMatchObject({
      followUpSentAt: '2026-12-01T08:00:00.000Z',
      followUpAnsweredAt: '2026-12-01T08:00:00.000Z',
      contactedAccordingToYoungPerson: 'oui',
    })
    expect(await runSlaSweep(payload)).toEqual(NOTHING)
  })

  it('erases the personal data once the retention period is over, and keeps the statistics', async () => {
    const { payload } = context
    clock.set('2026-12-02T10:00:00.000Z')
    await payload.update({
      collection: 'leads',
      id: leads.a.id,
      data: { status: 'cloturee', outcome: 'rdv_fixe', closingComment: 'Rendez-vous fixé avec Léa le 8 décembre.' },
      overrideAccess: true,
    })

    clock.set('2027-12-01T00:00:00.000Z')
    expect(await runRetentionSweep(payload)).toEqual({ anonymized: 0 })

    clock.set('2027-12-03T00:00:00.000Z')
    expect(await runRetentionSweep(payload)).toEqual({ anonymized: 1 })
    const a = await read(payload, leads.a.id)
    expect(a).toMatchObject({
      contact: { email: null, phone: null },
      closingComment: null,
      idempotencyKey: null,
      requestFingerprint: null,
      status: 'cloturee',
      outcome: 'rdv_fixe',
      offer: expect.any(Number),
      partner: expect.any(Number),
      // The answers and the profile go too (issue #10): only the age band stays.
      answers: null,
      profile: [],
      ageBand: 'age_18_25',
      timeline: { anonymizedAt: '2027-12-03T00:00:00.000Z', anonymizedReason: 'retention', contactedAccordingToYoungPerson: 'oui' },
    })
    expect(a.history?.length).toBeGreaterThan(1)
    expect(a.history?.every((entry) => entry.note === null)).toBe(true)
    expect(JSON.stringify(a)).not.toMatch(/jeune\.a@|612345678|Léa/)
    expect((await read(payload, leads.b.id)).contact?.email).toBe('jeune.b@example.org')

    // Lead B was never closed: erased 18 months after its creation.
    clock.set('2028-05-25T00:00:00.000Z')
    expect(await runRetentionSweep(payload)).toEqual({ anonymized: 1 })
    expect((await read(payload, leads.b.id)).timeline).toMatchObject({ anonymizedReason: 'retention' })
    expect(await runRetentionSweep(payload)).toEqual({ anonymized: 0 })
    expect(await runSlaSweep(payload)).toEqual(NOTHING)
    expect(await deliver()).toHaveLength(0)
  })
})

describe('scheduling', () => {
  it('registers the sweeps with their crons on the scheduled queue', async () => {
    const { payload } = context
    const schedules = Object.fromEntries((payload.config.jobs.tasks ?? []).filter((task) => task.schedule).map((task) => [task.slug, task.schedule]))
    expect(schedules).toEqual({
      boussoleSlaSweep: [{ cron: '*/10 * * * *', queue: SCHEDULED_QUEUE }],
      boussoleWeeklyDigest: [{ cron: '0 8 * * 1', queue: SCHEDULED_QUEUE }],
      boussoleOfferFreshness: [{ cron: '0 9 * * 1', queue: SCHEDULED_QUEUE }],
      boussoleRetentionSweep: [{ cron: '30 3 * * *', queue: SCHEDULED_QUEUE }],
      boussoleTerritoryOpening: [{ cron: '0 6 * * *', queue: SCHEDULED_QUEUE }],
    })
    const { queued } = await payload.jobs.handleSchedules({ allQueues: true })
    expect(queued).toHaveLength(5)
  })
})
