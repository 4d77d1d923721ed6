import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { TaskBoussoleSendEmail } from '../../src/payload-types'
import { EMAIL_QUEUE, SEND_EMAIL_TASK } from '../../src/plugins/boussole/jobs/queues'
import { apiClient, type ApiClient } from '../helpers/api'
import { pendingJobs, skipBackoff } from '../helpers/jobs'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, leadBody, ML_LOT_PRO, offerId, runEmailJobs } from './leads.fixtures'

const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let cej: number

beforeAll(async () => {
  api = apiClient(context.payload)
  cej = await offerId(context.payload, CEJ)
})

const pendingEmailJobs = (payload: Payload) => pendingJobs(payload, EMAIL_QUEUE)

describe('emails while the SMTP server is down', () => {
  const LEADS = 50
  const references: string[] = []
  let savedInputs: TaskBoussoleSendEmail['input'][] = []

  it('accepts every lead and keeps its emails queued', async () => {
    const { payload } = context
    await smtp.stop()

    for (let n = 0; n < LEADS; n++) {
      const response = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email: `jeune-${n}@example.org` } }) })
      expect(response.status).toBe(201)
      references.push(response.json.reference)
    }
    await runEmailJobs(payload)

    expect(smtp.received).toHaveLength(0)
    const pending = await pendingEmailJobs(payload)
    expect(pending).toHaveLength(2 * LEADS)
    for (const job of pending) {
      expect(job.totalTried).toBe(1)
      expect(job.hasError).toBeFalsy()
      // Exponential backoff: the next attempt is in the future.
      expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    }
    savedInputs = pending.map((job) => job.input as TaskBoussoleSendEmail['input'])
    expect(await payload.count({ collection: 'sent-emails', overrideAccess: true })).toEqual({ totalDocs: 0 })
  })

  it('delivers each email exactly once when the server is back', async () => {
    const { payload } = context
    await smtp.start()
    await skipBackoff(payload)

    await runEmailJobs(payload)

    expect(await pendingEmailJobs(payload)).toHaveLength(0)
    const toPartner = smtp.to(ML_LOT_PRO)
    expect(toPartner).toHaveLength(LEADS)
    for (const reference of references) {
      expect(toPartner.filter((email) => email.subject.includes(reference))).toHaveLength(1)
    }
    for (let n = 0; n < LEADS; n++) expect(smtp.to(`jeune-${n}@example.org`)).toHaveLength(1)
    expect(smtp.received).toHaveLength(2 * LEADS)
  })

  it('never sends an email twice when its job runs again (sent, then the job failed to complete)', async () => {
    const { payload } = context
    const before = smtp.received.length
    for (const input of savedInputs.slice(0, 10)) await payload.jobs.queue({ task: SEND_EMAIL_TASK, queue: EMAIL_QUEUE, input })

    await runEmailJobs(payload)

    expect(smtp.received).toHaveLength(before)
    expect(await pendingEmailJobs(payload)).toHaveLength(0)
  })
})
