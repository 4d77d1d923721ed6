import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, Where } from 'payload'

import { JOB_LEASE_MINUTES } from '../../src/database/claimJobs'
import { poolOf } from '../../src/database/pool'
import { emailJobInput } from '../../src/plugins/boussole/jobs/queueEmail'
import { EMAIL_QUEUE, SEND_EMAIL_TASK } from '../../src/plugins/boussole/jobs/queues'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'

/**
 * Several workers on one database (issue #15): jobs are taken by one conditional UPDATE (src/database/claimJobs.ts),
 * so that two workers asking at the same moment never get the same job, and a job left « processing » by a killed
 * worker is taken again once its lease is over. Real PostgreSQL, real SMTP server, Payload's own runner.
 */
const smtp = useSmtpServer()
const context = useTestPayload()

const DUE: Where = {
  and: [{ queue: { equals: EMAIL_QUEUE } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }],
}

async function queueEmails(payload: Payload, prefix: string, count: number): Promise<number[]> {
  const ids: number[] = []
  for (let index = 0; index < count; index++) {
    const job = await payload.jobs.queue({
      task: SEND_EMAIL_TASK,
      queue: EMAIL_QUEUE,
      input: emailJobInput({
        kind: 'digest',
        to: `${prefix}.${index}@example.org`,
        subject: `Test ${prefix} ${index}`,
        content: { title: 'Test', paragraphs: ['Un courriel de test.'] },
        dedupeKey: `test:${prefix}:${index}`,
      }),
    })
    ids.push(Number(job.id))
  }
  return ids
}

// The demo data's own emails (invitations, acknowledgements…) are not this file's business.
beforeAll(async () => {
  await poolOf(context.payload).query(`delete from payload_jobs where completed_at is null`)
})

const claim = (payload: Payload, limit: number) =>
  payload.db
    .updateJobs({ data: { processing: true }, limit, where: DUE, sort: 'createdAt', returning: true })
    .then((jobs) => (jobs ?? []).map((job) => Number(job.id)))

describe('several workers on one database', () => {
  it('two workers taking jobs at the same moment never get the same one', async () => {
    const { payload } = context
    const queued = await queueEmails(payload, 'claim', 60)
    for (let round = 0; round < 3; round++) {
      // Three workers at once, again and again until nothing is left: each job taken by exactly one of them.
      const all: number[] = []
      for (let pass = 0; pass < 10; pass++) {
        const taken = (await Promise.all([claim(payload, 25), claim(payload, 25), claim(payload, 25)])).flat()
        if (!taken.length) break
        all.push(...taken)
      }
      expect(all.length - new Set(all).size).toBe(0)
      expect(all.sort((a, b) => a - b)).toEqual([...queued].sort((a, b) => a - b))
      await poolOf(payload).query(`update payload_jobs set processing = false where id = any($1)`, [queued])
    }
    await poolOf(payload).query(`delete from payload_jobs where id = any($1)`, [queued])
  })

  it('a job left « processing » by a killed worker is taken again once its lease is over, not before', async () => {
    const { payload } = context
    const [stale, fresh] = await queueEmails(payload, 'lease', 2)
    await poolOf(payload).query(`update payload_jobs set processing = true, updated_at = now() - make_interval(mins => $2) where id = $1`, [
      stale,
      JOB_LEASE_MINUTES + 1,
    ])
    await poolOf(payload).query(`update payload_jobs set processing = true, updated_at = now() - make_interval(mins => $2) where id = $1`, [
      fresh,
      JOB_LEASE_MINUTES - 1,
    ])
    expect(await claim(payload, 10)).toEqual([stale])
    expect(await claim(payload, 10)).toEqual([])
    await poolOf(payload).query(`delete from payload_jobs where id = any($1)`, [[stale, fresh]])
  })

  it('two workers draining a burst together deliver every email exactly once, each job run once', async () => {
    const { payload } = context
    smtp.clear()
    const queued = await queueEmails(payload, 'burst', 80)
    const worker = async () => {
      for (let pass = 0; pass < 100; pass++) {
        const result = await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 7, silent: true })
        if ('noJobsRemaining' in result && result.noJobsRemaining) return
      }
    }
    await Promise.all([worker(), worker()])
    const received = smtp.received.filter((email) => email.to[0]?.startsWith('burst.'))
    expect(received.map((email) => email.to[0]).sort()).toEqual(queued.map((_, index) => `burst.${index}@example.org`).sort())
    const runs = await poolOf(payload).query<{ id: number; runs: number; completed: boolean }>(
      `select j.id, (select count(*)::int from payload_jobs_log l where l._parent_id = j.id) as runs, j.completed_at is not null as completed
         from payload_jobs j where j.id = any($1)`,
      [queued],
    )
    // A completed job is either deleted (Payload's deleteJobOnComplete) or kept with the one log line of its one run.
    expect(runs.rows.filter((row) => !row.completed || row.runs !== 1)).toEqual([])
  })
})
