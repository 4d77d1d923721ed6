import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Lead, User } from '../../src/payload-types'
import { SMS_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { shortLinkTarget } from '../../src/plugins/boussole/leads/leadLinks'
import { moveCandidates } from '../../src/plugins/boussole/leads/moves/moveCandidates'
import { moveLead } from '../../src/plugins/boussole/leads/moves/moveLead'
import { recordFollowUp } from '../../src/plugins/boussole/sla/recordFollowUp'
import { runSlaSweep } from '../../src/plugins/boussole/sla/runSlaSweep'
import { loadRescueFigures } from '../../src/plugins/boussole/statistics/rescues'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { runQueue } from '../helpers/jobs'
import { useTestPayload } from '../helpers/payload'
import { startSmppServer, type ReceivedSms, type TestSmppServer } from '../helpers/smpp'
import { useSmtpServer, type ReceivedEmail } from '../helpers/smtp'
import { CEJ, DEMO_PASSWORD, leadBody, LOT_ANIMATOR, ML_LOT_PRO, offerId, runEmailJobs } from './leads.fixtures'

/**
 * The whole promise for a young person who left only a mobile number, on the plugin's clock, against real SMTP and
 * SMPP servers: submission → SMS acknowledgement → reminder to the professional → overdue, escalated → the animator
 * reassigns it to another organisation → that organisation takes it → the follow-up SMS, answered « oui ».
 */
const smtp = useSmtpServer()
const context = useTestPayload()
const PHONE = '06 47 47 47 47'
const PHONE_DIGITS = '33647474747'
const PIJ_CAHORS_PRO = 'pro.pij-cahors@boussole.test'
let api: ApiClient
let clock: InstalledClock
let gateway: TestSmppServer
const previousSmppUrl = process.env.SMPP_URL
const lead = { id: 0, reference: '' }

beforeAll(async () => {
  gateway = await startSmppServer()
  process.env.SMPP_URL = gateway.url
  api = apiClient(context.payload)
  // Monday 7 December 2026, 10:00 in Paris: the CEJ (3 days) is due on Thursday 10 at 23:59:59.999.
  clock = useManualClock(context.payload, '2026-12-07T09:00:00.000Z')
})

afterAll(async () => {
  clock.restore()
  await gateway.close()
  if (previousSmppUrl === undefined) delete process.env.SMPP_URL
  else process.env.SMPP_URL = previousSmppUrl
})

const read = (payload: Payload, id: number): Promise<Lead> => payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true })

/** Runs the email and SMS queues; returns what the servers received meanwhile. */
async function deliver(): Promise<{ emails: ReceivedEmail[]; sms: ReceivedSms[] }> {
  smtp.clear()
  const before = gateway.received.length
  await runEmailJobs(context.payload)
  await runQueue(context.payload, SMS_QUEUE)
  return { emails: [...smtp.received], sms: gateway.received.slice(before).filter((sms) => sms.to === PHONE_DIGITS) }
}

const userByEmail = async (payload: Payload, email: string): Promise<User & { collection: 'users' }> => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, depth: 0, limit: 1 })
  return { ...docs[0], collection: 'users' }
}

const shortCodesIn = (text: string) => [...text.matchAll(/https?:\/\/\S+\/r\/([0-9a-z]+[onws][A-Za-z0-9_-]{16})/g)].map((match) => match[1])

describe('the promise for a phone-only young person, from submission to « oui, j’ai été recontacté(e) »', () => {
  it('1. the request is stored and acknowledged by one SMS; the organisation is alerted by email', async () => {
    const cej = await offerId(context.payload, CEJ)
    const response = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email: '', phone: PHONE } }) })
    expect(response.status).toBe(201)
    Object.assign(lead, response.json)

    const { emails, sms } = await deliver()
    expect(sms).toHaveLength(1)
    expect(sms[0].text).toContain(lead.reference)
    expect(sms[0].text).toContain('Mission Locale du Lot')
    expect(emails.filter((email) => email.to.includes(ML_LOT_PRO)).map((email) => email.subject)).toEqual([expect.stringContaining(lead.reference)])
    const stored = await read(context.payload, lead.id)
    expect(stored.dueAt).toBe('2026-12-10T22:59:59.999Z')
  })

  it('2. the professional is reminded 24 hours before the due date', async () => {
    clock.set('2026-12-10T00:00:00.000Z')
    expect(await runSlaSweep(context.payload)).toMatchObject({ reminded: 1 })
    const { emails, sms } = await deliver()
    expect(emails.map((email) => [email.to, email.subject])).toEqual([[[ML_LOT_PRO], expect.stringMatching(`^Rappel : demande ${lead.reference}`)]])
    expect(sms).toHaveLength(0)
  })

  it('3. past the due date it is flagged « hors délai » and escalated to the animator', async () => {
    clock.set('2026-12-11T08:00:00.000Z')
    expect(await runSlaSweep(context.payload)).toMatchObject({ flaggedOverdue: 1, escalated: 1 })
    const { emails } = await deliver()
    expect(emails.some((email) => email.to.includes(LOT_ANIMATOR) && email.text.includes(lead.reference))).toBe(true)
    expect((await read(context.payload, lead.id)).overdue).toBe(true)
  })

  it('4. the animator reassigns it to another organisation’s offer: the young person is told by SMS, the delay restarts', async () => {
    const { payload } = context
    const candidates = await moveCandidates(payload, lead.id)
    const pij = candidates.find((candidate) => candidate.partnerName === 'Point Information Jeunesse de Cahors')
    expect(pij).toBeDefined()
    clock.set('2026-12-11T09:00:00.000Z')
    const animator = await userByEmail(payload, LOT_ANIMATOR)
    const moved = await moveLead(
      payload,
      { leadId: lead.id, offerId: pij!.offerId, kind: 'reassigned', reason: 'Mission Locale injoignable cette semaine.' },
      { user: animator },
    )
    expect(moved.toPartnerName).toBe('Point Information Jeunesse de Cahors')

    const stored = await read(payload, lead.id)
    expect(stored).toMatchObject({ status: 'nouvelle', overdue: false, offer: pij!.offerId })
    // Friday 11 December, 10:00 in Paris, plus the new offer's own delay.
    expect(new Date(stored.dueAt!).getTime()).toBeGreaterThan(new Date('2026-12-11T22:59:59.999Z').getTime())
    expect(stored.timeline?.movedAt).toBe('2026-12-11T09:00:00.000Z')
    expect(stored.history?.at(-1)).toMatchObject({ event: 'reassigned', by: animator.id })

    const { emails, sms } = await deliver()
    expect(sms).toHaveLength(1)
    expect(sms[0].text).toContain('Point Information Jeunesse de Cahors')
    expect(emails.some((email) => email.to.includes(PIJ_CAHORS_PRO) && email.text.includes(lead.reference))).toBe(true)
    expect(emails.some((email) => email.to.includes(ML_LOT_PRO) && email.text.includes('Point Information Jeunesse de Cahors'))).toBe(true)

    // The first organisation keeps a read-only trace, not the request.
    const mlToken = await api.login(ML_LOT_PRO, DEMO_PASSWORD)
    expect((await api.get(`/leads/${lead.id}`, mlToken)).status).toBe(404)
    const trace = await api.get(`/lead-moves?where[lead][equals]=${lead.id}`, mlToken)
    expect(trace.json.docs).toHaveLength(1)
    expect((await api.patch(`/lead-moves/${trace.json.docs[0].id}`, { reason: 'x' }, mlToken)).status).toBe(403)
  })

  it('5. the new organisation takes it within its delay', async () => {
    clock.set('2026-12-12T09:30:00.000Z')
    const token = await api.login(PIJ_CAHORS_PRO, DEMO_PASSWORD)
    expect((await api.patch(`/leads/${lead.id}`, { status: 'en_cours' }, token)).status).toBe(200)
    const stored = await read(context.payload, lead.id)
    expect(stored.timeline?.takenAt).toBe('2026-12-12T09:30:00.000Z')
  })

  it('6. after the new due date the young person is asked by SMS, and answers « oui » in one tap', async () => {
    const { payload } = context
    const { dueAt } = await read(payload, lead.id)
    clock.set(new Date(new Date(dueAt!).getTime() + 3 * 24 * 60 * 60 * 1000).toISOString())
    expect(await runSlaSweep(payload)).toMatchObject({ followUps: 1 })
    const { sms } = await deliver()
    expect(sms).toHaveLength(1)
    expect(sms[0].text).toContain(lead.reference)
    const [yes] = shortCodesIn(sms[0].text)
    const target = new URL(shortLinkTarget(payload, yes)!, 'http://localhost')
    expect(target.pathname).toBe(`/demandes/${lead.id}/suivi`)
    expect(target.searchParams.get('reponse')).toBe('oui')

    await recordFollowUp(payload, { leadId: String(lead.id), answer: 'oui', token: target.searchParams.get('token') })
    const stored = await read(payload, lead.id)
    expect(stored.timeline?.contactedAccordingToYoungPerson).toBe('oui')
    expect(await runSlaSweep(payload)).toMatchObject({ followUps: 0 })
    expect((await deliver()).sms).toHaveLength(0)
  })

  it('7. the statistics count it as rescued, with 24 h 30 min from the move to the first contact', async () => {
    const { payload } = context
    const lot = (await payload.find({ collection: 'territories', where: { slug: { equals: 'lot' } }, overrideAccess: true, depth: 0 })).docs[0]
    const figures = await loadRescueFigures(payload, {
      group: 'territory',
      period: { from: new Date('2026-12-01T00:00:00.000Z'), to: new Date('2026-12-15T00:00:00.000Z') },
      perimeter: { kind: 'all' },
      territoryIds: [lot.id],
    })
    expect(figures.get(lot.id)).toMatchObject({ moved: 1, reassigned: 1, forwarded: 0, taken: 1, medianHoursToContact: 24.5 })
  })
})

describe('a request asked « as-tu été recontacté(e) ? » before it was handed on', () => {
  it('is asked again about the new organisation after the new due date (not taken for a duplicate of the first question)', async () => {
    const { payload } = context
    clock.set('2026-12-21T09:00:00.000Z')
    const cej = await offerId(payload, CEJ)
    const response = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email: '', phone: PHONE } }) })
    expect(response.status).toBe(201)
    await deliver()
    clock.set('2026-12-29T09:00:00.000Z')
    await runSlaSweep(payload)
    const first = await deliver()
    expect(first.sms.filter((sms) => sms.text.includes(response.json.reference))).toHaveLength(1)

    const pij = (await moveCandidates(payload, response.json.id)).find((candidate) => candidate.partnerName === 'Point Information Jeunesse de Cahors')!
    const animator = await userByEmail(payload, LOT_ANIMATOR)
    await moveLead(
      payload,
      { leadId: response.json.id, offerId: pij.offerId, kind: 'reassigned', reason: 'Le jeune dit ne pas avoir été rappelé.' },
      { user: animator },
    )
    await deliver()
    const { dueAt } = await read(payload, response.json.id)
    clock.set(new Date(new Date(dueAt!).getTime() + 3 * 24 * 60 * 60 * 1000).toISOString())
    expect(await runSlaSweep(payload)).toMatchObject({ followUps: 1 })
    const second = await deliver()
    const asked = second.sms.filter((sms) => sms.text.includes(response.json.reference))
    expect(asked).toHaveLength(1)
    expect(asked[0].text).toContain('Point Information Jeunesse de Cahors')
  })
})
