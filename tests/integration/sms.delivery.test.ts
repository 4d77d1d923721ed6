import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { smsLength } from '../../src/domain/contact/smsText'
import { SMS_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { shortLinkTarget } from '../../src/plugins/boussole/leads/leadLinks'
import { leadToken } from '../../src/plugins/boussole/leads/signatures'
import { withdrawLead } from '../../src/plugins/boussole/leads/withdrawLead'
import { runSlaSweep } from '../../src/plugins/boussole/sla/runSlaSweep'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock } from '../helpers/clock'
import { pendingJobs, runQueue, skipBackoff } from '../helpers/jobs'
import { useTestPayload } from '../helpers/payload'
import { startSmppServer, type TestSmppServer } from '../helpers/smpp'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, leadBody, offerId, runEmailJobs } from './leads.fixtures'

/**
 * A young person who leaves only a mobile number is told by SMS what one who leaves an email address is told by email:
 * the acknowledgement (with the link to withdraw) and, after the due date, « as-tu été recontacté(e) ? ». Against a
 * real SMPP server, with the guarantees of the emails: retried while the gateway is down, never sent twice.
 */
useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let cej: number
let gateway: TestSmppServer
const previousUrl = process.env.SMPP_URL

beforeAll(async () => {
  gateway = await startSmppServer()
  process.env.SMPP_URL = gateway.url
  api = apiClient(context.payload)
  cej = await offerId(context.payload, CEJ)
})

afterAll(async () => {
  await gateway.close()
  if (previousUrl === undefined) delete process.env.SMPP_URL
  else process.env.SMPP_URL = previousUrl
})

const runSmsJobs = (payload: Payload) => runQueue(payload, SMS_QUEUE)
const pendingSmsJobs = (payload: Payload) => pendingJobs(payload, SMS_QUEUE)

const phoneOnly = (phone: string) => leadBody(cej, { contact: { email: '', phone } })
const toE164Digits = (phone: string) => `33${phone.replace(/\s/g, '').slice(1)}`
const shortLinksIn = (text: string) => [...text.matchAll(/https?:\/\/\S+\/r\/([0-9a-z]+[onws][A-Za-z0-9_-]{16})/g)].map((match) => match[1])

describe('SMS to a young person who left only a mobile number', () => {
  it('acknowledges the request by SMS, once: organisation, delay, reference and the link to the request’s own page', async () => {
    const { payload } = context
    const before = gateway.received.length
    const response = await api.rest('POST', '/boussole/leads', { body: phoneOnly('06 11 22 33 44') })
    expect(response.status).toBe(201)
    await runSmsJobs(payload)
    await runSmsJobs(payload)

    const sms = gateway.received.slice(before)
    expect(sms).toHaveLength(1)
    expect(sms[0]).toMatchObject({ from: 'Boussole', to: toE164Digits('06 11 22 33 44'), dataCoding: 1 })
    expect(sms[0].text).toContain(response.json.reference)
    expect(sms[0].text).toContain('Mission Locale du Lot')
    expect(smsLength(sms[0].text).segments).toBeLessThanOrEqual(2)
    const [code] = shortLinksIn(sms[0].text)
    expect(shortLinkTarget(payload, code)).toMatch(new RegExp(`/demandes/${response.json.id}\\?token=`))
  })

  it('sends no SMS when the young person also gave an email address (the email says it)', async () => {
    const before = gateway.received.length
    const response = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email: 'lea.sms@example.org', phone: '06 55 44 33 22' } }) })
    expect(response.status).toBe(201)
    await runSmsJobs(context.payload)
    expect(gateway.received.length).toBe(before)
  })

  it('skips the SMS of a request withdrawn before it left', async () => {
    const { payload } = context
    const before = gateway.received.length
    const response = await api.rest('POST', '/boussole/leads', { body: phoneOnly('06 99 88 77 66') })
    expect(response.status).toBe(201)
    await payload.update({
      collection: 'leads',
      id: response.json.id,
      data: { timeline: { anonymizedAt: new Date().toISOString(), anonymizedReason: 'withdrawal' } },
      overrideAccess: true,
    })
    await runSmsJobs(payload)
    expect(gateway.received.length).toBe(before)
  })
})

describe('erasure', () => {
  it('a withdrawal erases the SMS not yet sent (its job holds the phone number), and none leaves', async () => {
    const { payload } = context
    const before = gateway.received.length
    const response = await api.rest('POST', '/boussole/leads', { body: phoneOnly('06 31 41 59 26') })
    expect(response.status).toBe(201)
    const queued = await pendingSmsJobs(payload)
    expect(queued.filter((job) => (job.input as { leadId?: number }).leadId === response.json.id)).toHaveLength(1)

    await withdrawLead(payload, { leadId: String(response.json.id), token: leadToken(payload.secret, response.json.id, 'withdraw') })

    expect((await pendingSmsJobs(payload)).filter((job) => (job.input as { leadId?: number }).leadId === response.json.id)).toHaveLength(0)
    const rows = await payload.find({ collection: 'payload-jobs', where: { 'input.to': { equals: '+33631415926' } }, overrideAccess: true, pagination: false })
    expect(rows.docs).toHaveLength(0)
    await runSmsJobs(payload)
    expect(gateway.received.length).toBe(before)
  })
})

describe('SMS while the gateway is down', () => {
  const LEADS = 50
  const phones = Array.from({ length: LEADS }, (_, n) => `07 00 00 ${String(Math.floor(n / 100)).padStart(2, '0')} ${String(n % 100).padStart(2, '0')}`)
  const references: string[] = []

  it('accepts the 50 phone-only requests and keeps their SMS queued, with backoff', async () => {
    const { payload } = context
    await gateway.stop()
    for (const phone of phones) {
      const response = await api.rest('POST', '/boussole/leads', { body: phoneOnly(phone) })
      expect(response.status).toBe(201)
      references.push(response.json.reference)
    }
    await runSmsJobs(payload)
    const pending = await pendingSmsJobs(payload)
    expect(pending).toHaveLength(LEADS)
    for (const job of pending) {
      expect(job.totalTried).toBe(1)
      expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    }
    const stored = await payload.count({ collection: 'leads', where: { reference: { in: references } }, overrideAccess: true })
    expect(stored.totalDocs).toBe(LEADS)
  })

  it('delivers each acknowledgement exactly once when the gateway is back', async () => {
    const { payload } = context
    const before = gateway.received.length
    await gateway.start()
    await skipBackoff(payload)
    await runSmsJobs(payload)
    // A second pass, and the jobs forced to run again, send nothing more.
    await runSmsJobs(payload)
    expect(await pendingSmsJobs(payload)).toHaveLength(0)

    const delivered = gateway.received.slice(before)
    expect(delivered).toHaveLength(LEADS)
    for (const [index, reference] of references.entries()) {
      const forReference = delivered.filter((sms) => sms.text.includes(reference))
      expect(forReference).toHaveLength(1)
      expect(forReference[0].to).toBe(toE164Digits(phones[index]))
    }
  })
})

describe('the follow-up question by SMS', () => {
  it('asks « as-tu été recontacté(e) ? » after the due date, with one-tap short links to the signed answers', async () => {
    const { payload } = context
    const clock = useManualClock(payload, new Date())
    try {
      const response = await api.rest('POST', '/boussole/leads', { body: phoneOnly('06 12 12 12 12') })
      expect(response.status).toBe(201)
      await runSmsJobs(payload)
      await runEmailJobs(payload)
      const before = gateway.received.length

      clock.set(new Date(Date.now() + 12 * 24 * 60 * 60 * 1000).toISOString())
      await runSlaSweep(payload)
      await runSmsJobs(payload)
      await runSlaSweep(payload)
      await runSmsJobs(payload)

      const mine = gateway.received.slice(before).filter((sms) => sms.to === toE164Digits('06 12 12 12 12'))
      expect(mine).toHaveLength(1)
      expect(mine[0].text).toContain(response.json.reference)
      expect(smsLength(mine[0].text).segments).toBeLessThanOrEqual(2)
      const [yes, no] = shortLinksIn(mine[0].text)
      expect(shortLinkTarget(payload, yes)).toMatch(new RegExp(`/demandes/${response.json.id}/suivi\\?reponse=oui&token=`))
      expect(shortLinkTarget(payload, no)).toMatch(new RegExp(`/demandes/${response.json.id}/suivi\\?reponse=non&token=`))
      const lead = await payload.findByID({ collection: 'leads', id: response.json.id, overrideAccess: true, depth: 0 })
      expect(lead.timeline?.followUpSentAt).toBeTruthy()
    } finally {
      clock.restore()
    }
  })
})
