/**
 * What `GET /api/health` answers, for load balancers and monitoring: whether this process can serve (the
 * database answers and its schema is the one the code expects) and how the background work is doing. Nothing
 * personal: counts, ages and dates only.
 *
 * - 503 when the database does not answer or migrations are missing: a load balancer takes the process out;
 * - 200 otherwise, « degraded » when an email or SMS has waited longer than PENDING_MESSAGE_ALERT_MINUTES or a
 *   scheduled task, once queued, has not been queued again within twice its period (no worker is running any
 *   more): the site still serves.
 */
export const PENDING_MESSAGE_ALERT_MINUTES = 15

export interface HealthFacts {
  database: { reachable: boolean; latencyMs: number | null }
  migrations: { expected: readonly string[]; applied: readonly string[] } | null
  oldestPending: { email: Date | null; sms: Date | null } | null
  scheduled: readonly { task: string; periodMinutes: number; lastQueuedAt: Date | null }[] | null
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down'
  httpStatus: 200 | 503
  checkedAt: string
  database: { reachable: boolean; latencyMs: number | null }
  migrations: { applied: number; missing: string[] } | null
  messages: { oldestPendingEmailMinutes: number | null; oldestPendingSmsMinutes: number | null } | null
  scheduledTasks: { task: string; lastQueuedAt: string | null; late: boolean }[] | null
  problems: string[]
}

const minutesSince = (date: Date | null, now: Date): number | null => (date ? Math.max(0, Math.round((now.getTime() - date.getTime()) / 60_000)) : null)

export function healthReport(facts: HealthFacts, now: Date): HealthReport {
  const problems: string[] = []
  if (!facts.database.reachable) problems.push('La base de données ne répond pas.')
  const missing = facts.migrations ? facts.migrations.expected.filter((name) => !facts.migrations!.applied.includes(name)) : []
  if (missing.length) problems.push(`Migrations non appliquées : ${missing.join(', ')}.`)
  const serving = facts.database.reachable && !missing.length

  const email = minutesSince(facts.oldestPending?.email ?? null, now)
  const sms = minutesSince(facts.oldestPending?.sms ?? null, now)
  if (email !== null && email > PENDING_MESSAGE_ALERT_MINUTES) problems.push(`Un courriel attend depuis ${email} min.`)
  if (sms !== null && sms > PENDING_MESSAGE_ALERT_MINUTES) problems.push(`Un SMS attend depuis ${sms} min.`)

  const scheduledTasks =
    facts.scheduled?.map(({ task, periodMinutes, lastQueuedAt }) => {
      // Never queued yet is not late: Payload's scheduler first queues a task at its first cron time after the
      // worker starts (a fresh install would otherwise look broken for up to a day).
      const late = lastQueuedAt !== null && now.getTime() - lastQueuedAt.getTime() > 2 * periodMinutes * 60_000
      if (late) problems.push(`La tâche planifiée ${task} n’a pas été lancée depuis plus de deux périodes.`)
      return { task, lastQueuedAt: lastQueuedAt?.toISOString() ?? null, late }
    }) ?? null

  return {
    status: !serving ? 'down' : problems.length ? 'degraded' : 'ok',
    httpStatus: serving ? 200 : 503,
    checkedAt: now.toISOString(),
    database: facts.database,
    migrations: facts.migrations ? { applied: facts.migrations.applied.length, missing } : null,
    messages: facts.oldestPending ? { oldestPendingEmailMinutes: email, oldestPendingSmsMinutes: sms } : null,
    scheduledTasks,
    problems,
  }
}
