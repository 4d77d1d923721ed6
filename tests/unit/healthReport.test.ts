import { healthReport, type HealthFacts } from '../../src/domain/health/healthReport'

const NOW = new Date('2026-12-04T10:00:00.000Z')
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000)
const HEALTHY: HealthFacts = {
  database: { reachable: true, latencyMs: 3 },
  migrations: { expected: ['a', 'b'], applied: ['a', 'b'] },
  oldestPending: { email: null, sms: null },
  scheduled: [
    { task: 'boussoleSlaSweep', periodMinutes: 10, lastQueuedAt: minutesAgo(4) },
    { task: 'boussoleRetentionSweep', periodMinutes: 1440, lastQueuedAt: minutesAgo(600) },
  ],
}

describe('healthReport', () => {
  it.each<[string, Partial<HealthFacts>, string, number, string[]]>([
    ['all well', {}, 'ok', 200, []],
    [
      'the database does not answer',
      { database: { reachable: false, latencyMs: null }, migrations: null, oldestPending: null, scheduled: null },
      'down',
      503,
      ['La base de données ne répond pas.'],
    ],
    ['a migration not applied', { migrations: { expected: ['a', 'b', 'c'], applied: ['a', 'b'] } }, 'down', 503, ['Migrations non appliquées : c.']],
    ['an email waiting 12 min (within the alert)', { oldestPending: { email: minutesAgo(12), sms: null } }, 'ok', 200, []],
    ['an email waiting 40 min', { oldestPending: { email: minutesAgo(40), sms: null } }, 'degraded', 200, ['Un courriel attend depuis 40 min.']],
    ['an SMS waiting 16 min', { oldestPending: { email: null, sms: minutesAgo(16) } }, 'degraded', 200, ['Un SMS attend depuis 16 min.']],
    [
      'the SLA sweep not queued for 25 min (twice its 10)',
      { scheduled: [{ task: 'boussoleSlaSweep', periodMinutes: 10, lastQueuedAt: minutesAgo(25) }] },
      'degraded',
      200,
      ['La tâche planifiée boussoleSlaSweep n’a pas été lancée depuis plus de deux périodes.'],
    ],
    [
      'a scheduled task never queued yet (a fresh install: its first cron time has not come)',
      { scheduled: [{ task: 'boussoleRetentionSweep', periodMinutes: 1440, lastQueuedAt: null }] },
      'ok',
      200,
      [],
    ],
  ])('%s → %s, %i', (_label, change, status, httpStatus, problems) => {
    const report = healthReport({ ...HEALTHY, ...change }, NOW)
    expect([report.status, report.httpStatus, report.problems]).toEqual([status, httpStatus, problems])
  })

  it('says ages in minutes and dates, nothing else', () => {
    const report = healthReport({ ...HEALTHY, oldestPending: { email: minutesAgo(3), sms: null } }, NOW)
    expect(report).toEqual({
      status: 'ok',
      httpStatus: 200,
      checkedAt: '2026-12-04T10:00:00.000Z',
      database: { reachable: true, latencyMs: 3 },
      migrations: { applied: 2, missing: [] },
      messages: { oldestPendingEmailMinutes: 3, oldestPendingSmsMinutes: null },
      scheduledTasks: [
        { task: 'boussoleSlaSweep', lastQueuedAt: '2026-12-04T09:56:00.000Z', late: false },
        { task: 'boussoleRetentionSweep', lastQueuedAt: '2026-12-04T00:00:00.000Z', late: false },
      ],
      problems: [],
    })
  })
})
