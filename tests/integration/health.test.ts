import { describe, expect, it } from '@jest/globals'

import { poolOf } from '../../src/database/pool'
import { emailJobInput } from '../../src/plugins/boussole/jobs/queueEmail'
import { EMAIL_QUEUE, SEND_EMAIL_TASK } from '../../src/plugins/boussole/jobs/queues'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

/** GET /api/health on the real database: what a load balancer and monitoring read, and nothing personal. */
const context = useTestPayload()

describe('GET /api/health', () => {
  it('answers 200 with the migrations applied, anonymously and never cached', async () => {
    const api = apiClient(context.payload)
    await poolOf(context.payload).query(`delete from payload_jobs where completed_at is null`)
    const response = await api.rest('GET', '/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.json.database.reachable).toBe(true)
    expect(response.json.migrations.missing).toEqual([])
    expect(response.json.migrations.applied).toBeGreaterThan(10)
    expect(response.json.messages).toEqual({ oldestPendingEmailMinutes: null, oldestPendingSmsMinutes: null })
    expect(response.json.scheduledTasks.map((task: { task: string }) => task.task)).toEqual(
      expect.arrayContaining(['boussoleSlaSweep', 'boussoleRetentionSweep', 'boussoleWeeklyDigest']),
    )
  })

  it('tells how long the oldest email has waited, without its address nor its content', async () => {
    const { payload } = context
    const job = await payload.jobs.queue({
      task: SEND_EMAIL_TASK,
      queue: EMAIL_QUEUE,
      input: emailJobInput({
        kind: 'digest',
        to: 'personne.privee@example.org',
        subject: 'Sujet privé',
        content: { title: 'T', paragraphs: ['p'] },
        dedupeKey: 'health:1',
      }),
    })
    await poolOf(payload).query(`update payload_jobs set created_at = now() - interval '42 minutes' where id = $1`, [job.id])
    const response = await apiClient(payload).rest('GET', '/health')
    expect(response.status).toBe(200)
    expect(response.json.status).toBe('degraded')
    expect(response.json.messages.oldestPendingEmailMinutes).toBe(42)
    expect(response.json.problems).toContain('Un courriel attend depuis 42 min.')
    expect(JSON.stringify(response.json)).not.toMatch(/personne\.privee|Sujet privé/)
  })

  it('answers 503 while a migration of the code is missing from the database', async () => {
    const { payload } = context
    const [last] = (await poolOf(payload).query<{ name: string }>(`select name from payload_migrations order by id desc limit 1`)).rows
    await poolOf(payload).query(`update payload_migrations set name = name || '-absente' where name = $1`, [last.name])
    try {
      const response = await apiClient(payload).rest('GET', '/health')
      expect([response.status, response.json.status, response.json.migrations.missing]).toEqual([503, 'down', [last.name]])
    } finally {
      await poolOf(payload).query(`update payload_migrations set name = $1 where name = $2`, [last.name, `${last.name}-absente`])
    }
  })
})
