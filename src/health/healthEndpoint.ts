import { Cron } from 'croner'
import type { Endpoint, Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { healthReport, type HealthFacts } from '@/domain/health/healthReport'

/** How long the database may take to answer `select 1` before it counts as unreachable. */
const DATABASE_TIMEOUT_MS = 2_000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())])

/** The minutes between two runs of a cron expression (its next two runs from now, in the server's time). */
function periodMinutes(cron: string): number {
  const [first, second] = new Cron(cron).nextRuns(2)
  return first && second ? (second.getTime() - first.getTime()) / 60_000 : 24 * 60
}

async function gatherFacts(payload: Payload, expectedMigrations: readonly string[]): Promise<HealthFacts> {
  const pool = poolOf(payload)
  const started = performance.now()
  try {
    await withTimeout(pool.query('select 1'), DATABASE_TIMEOUT_MS)
  } catch {
    return { database: { reachable: false, latencyMs: null }, migrations: null, oldestPending: null, scheduled: null }
  }
  const latencyMs = Math.round(performance.now() - started)
  const [applied, pending, stats] = await Promise.all([
    pool.query<{ name: string }>(`select name from payload_migrations where name <> 'dev'`),
    pool.query<{ queue: string; oldest: Date }>(
      `select queue, min(created_at) as oldest from payload_jobs where completed_at is null and queue in ('emails', 'sms') group by queue`,
    ),
    pool.query<{ stats: { scheduledRuns?: { queues?: Record<string, { tasks?: Record<string, { lastScheduledRun?: string }> }> } } | null }>(
      `select stats from payload_jobs_stats limit 1`,
    ),
  ])
  const oldest = (queue: string) => pending.rows.find((row) => row.queue === queue)?.oldest ?? null
  const queues = stats.rows[0]?.stats?.scheduledRuns?.queues ?? {}
  const scheduled = (payload.config.jobs.tasks ?? []).flatMap((task) =>
    (task.schedule ?? []).map((schedule) => {
      const last = queues[schedule.queue]?.tasks?.[task.slug]?.lastScheduledRun
      return { task: task.slug, periodMinutes: periodMinutes(schedule.cron), lastQueuedAt: last ? new Date(last) : null }
    }),
  )
  return {
    database: { reachable: true, latencyMs },
    migrations: { expected: expectedMigrations, applied: applied.rows.map((row) => row.name) },
    oldestPending: { email: oldest('emails'), sms: oldest('sms') },
    scheduled,
  }
}

/**
 * `GET /api/health` (`src/domain/health/healthReport.ts` says what it answers): anyone may call it, as load
 * balancers and monitoring do; it holds no personal data and is never cached.
 */
export function healthEndpoint(expectedMigrations: readonly string[]): Endpoint {
  return {
    method: 'get',
    path: '/health',
    handler: async (req) => {
      const report = healthReport(await gatherFacts(req.payload, expectedMigrations), new Date())
      return Response.json(report, { status: report.httpStatus, headers: { 'Cache-Control': 'no-store' } })
    },
  }
}
