import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { EMAIL_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { leadToken } from '../../src/plugins/boussole/leads/signatures'
import { withdrawLead } from '../../src/plugins/boussole/leads/withdrawLead'
import { runSlaSweep } from '../../src/plugins/boussole/sla/runSlaSweep'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, leadBody, ML_LOT_PRO, offerId, runEmailJobs } from './leads.fixtures'

const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let clock: InstalledClock
let cej: number

const submit = async (email: string) => {
  const response = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email } }) })
  expect(response.status).toBe(201)
  return response.json as { id: number; reference: string }
}
const withdraw = (id: number, token: unknown) => api.rest('POST', `/boussole/leads/${id}/withdraw`, { body: { token } })

beforeAll(async () => {
  api = apiClient(context.payload)
  clock = useManualClock(context.payload, '2026-11-24T09:00:00.000Z')
  cej = await offerId(context.payload, CEJ)
})

afterAll(() => clock.restore())

describe('a young person withdraws their request', () => {
  it('through the signed link of the acknowledgement: closed, erased at once, the organisation told', async () => {
    const { payload } = context
    const lead = await submit('retrait@example.org')
    await runEmailJobs(payload)
    const [acknowledgement] = smtp.to('retrait@example.org')
    const link = new URL(acknowledgement.text.match(/https?:\/\/\S+\/retrait\?token=\S+/)![0])
    expect(link.pathname).toBe(`/demandes/${lead.id}/retrait`)
    smtp.clear()
    clock.advance({ hours: 2 })

    const response = await withdraw(lead.id, link.searchParams.get('token'))

    expect(response.status).toBe(200)
    expect(response.json).toEqual({ withdrawn: true, reference: lead.reference })
    const stored = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({
      status: 'cloturee',
      outcome: 'pas_interessee',
      closingComment: null,
      contact: { email: null, phone: null },
      timeline: { anonymizedAt: '2026-11-24T11:00:00.000Z', anonymizedReason: 'withdrawal', closedAt: '2026-11-24T11:00:00.000Z' },
    })
    expect(stored.history?.map((entry) => [entry.from ?? null, entry.to, entry.note])).toEqual([
      [null, 'nouvelle', null],
      ['nouvelle', 'cloturee', null],
    ])
    await runEmailJobs(payload)
    expect(smtp.received.map((email) => [email.to, email.subject])).toEqual([[[ML_LOT_PRO], `Demande ${lead.reference} retirée par le ou la jeune`]])
    expect(smtp.received[0].text).not.toContain('retrait@example.org')

    const again = await withdraw(lead.id, link.searchParams.get('token'))
    expect(again.status).toBe(410)
    expect(again.json.errors[0].message).toMatch(/données personnelles ont été effacées/)
  })

  it('refuses a forged token, or a token made for another purpose or lead', async () => {
    const lead = await submit('faussaire@example.org')
    const other = await submit('autre.jeune@example.org')
    const secret = context.payload.secret
    for (const token of ['', 'abc', leadToken(secret, lead.id, 'follow-up'), leadToken(secret, other.id, 'withdraw'), { $ne: null }]) {
      const response = await withdraw(lead.id, token)
      expect(response.status).toBe(403)
      expect(response.json.errors).toEqual([{ field: 'token', message: expect.stringContaining('lien n’est pas valide') }])
    }
    const stored = await context.payload.findByID({ collection: 'leads', id: lead.id, depth: 0, overrideAccess: true })
    expect(stored.contact?.email).toBe('faussaire@example.org')
  })

  it('drops the emails not sent yet: the organisation only hears of the withdrawal', async () => {
    const { payload } = context
    await runEmailJobs(payload)
    smtp.clear()
    const lead = await submit('vite.retire@example.org')

    await withdrawLead(payload, { leadId: lead.id, token: leadToken(payload.secret, lead.id, 'withdraw') })

    const { docs: pending } = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: EMAIL_QUEUE } }, overrideAccess: true, depth: 0 })
    expect(pending.map((job) => (job.input as { kind: string }).kind)).toEqual(['withdrawal'])
    await runEmailJobs(payload)
    expect(smtp.received.map((email) => email.subject)).toEqual([`Demande ${lead.reference} retirée par le ou la jeune`])
  })

  it('gets withdrawn leads out of the SLA: no escalation, no follow-up question', async () => {
    const { payload } = context
    smtp.clear()
    clock.set('2026-12-10T00:00:00.000Z')

    // Only the two leads of the forged-token test are still live.
    expect(await runSlaSweep(payload)).toEqual({ reminded: 0, flaggedOverdue: 2, escalated: 2, followUps: 2 })
    await runEmailJobs(payload)
    const followUps = smtp.received.filter((email) => email.subject.startsWith('As-tu été contacté(e)'))
    expect(followUps.map((email) => email.to[0]).sort()).toEqual(['autre.jeune@example.org', 'faussaire@example.org'])
  })
})
