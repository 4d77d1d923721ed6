import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { startNextServer } from '../../scripts/lib/nextServer'
import { TSX_NODE_ARGS } from '../../scripts/lib/tsxNodeArgs'
import { JOB_LEASE_MINUTES } from '../../src/database/claimJobs'
import { createDatabaseIfMissing, dropDatabaseIfExists } from '../../src/database/embeddedPostgres'
import { TestSmtpServer } from '../helpers/smtp'
import { JOB_SEEKER } from './helpers/answers'

/**
 * Several processes on one database (issue #15), as a national deployment runs them: two web servers (server.ts,
 * what `npm start` runs) and two job workers on one PostgreSQL, with a real SMTP server that is stopped, started
 * again and made to hang. What must hold: every lead stored once whichever server takes it (the same request sent
 * to both at once included), every email delivered exactly once, every SLA reminder sent once when both workers
 * sweep at the same moment, an offer published through one server served by the other within the documented bound
 * (the catalogue's change stamp, checked every second), and a worker killed (SIGKILL) in the middle of sending an
 * email: the job is taken again once its lease is over and the email leaves once.
 */
const ROOT = process.cwd()
const LOGS = path.join(ROOT, 'tests/artifacts/logs')
const SECRET = 'boussole-several-processes-secret'
const PASSWORD = 'Boussole-demo-2026!'
/** The documented bound (README « Several processes »): the catalogue's stamp is checked every second. */
const CATALOGUE_BOUND_MS = 5_000

const database = `boussole_several_${process.pid}_${Date.now().toString(36)}`
const smtp = new TestSmtpServer()
let databaseUrl = ''
let db: pg.Client
const web: { baseUrl: string; stop: () => Promise<void> }[] = []
const workers: ChildProcess[] = []
let startedAt: Date

const log = (name: string) => {
  const file = path.join(LOGS, `${database}-${name}.log`)
  writeFileSync(file, '')
  return (chunk: Buffer | string) => appendFileSync(file, chunk)
}

function startWorker(name: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...TSX_NODE_ARGS, path.join(ROOT, 'tests/e2e/setup/jobsWorker.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: 'test', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  const write = log(name)
  child.stdout?.on('data', write)
  child.stderr?.on('data', write)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} ne démarre pas`)), 90_000)
    child.once('message', () => {
      clearTimeout(timer)
      resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`${name} s’est arrêté (code ${code})`)))
  })
}

/** Sends a command to a test worker and waits for its answer. */
const command = (worker: ChildProcess, name: 'pause' | 'resume' | 'sweep') =>
  new Promise<void>((resolve) => {
    const onMessage = (message: unknown) => {
      if (message !== `done:${name}`) return
      worker.off('message', onMessage)
      resolve()
    }
    worker.on('message', onMessage)
    worker.send(name)
  })

const count = async (sql: string, values: unknown[] = []) => Number((await db.query<{ count: string }>(sql, values)).rows[0].count)

/** Waits until `check` holds (polled every 250 ms). */
async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Attendu en ${timeoutMs / 1000} s : ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return Date.now() - start
}

/** Email jobs not done yet (waiting, being sent, or to retry). */
const pendingEmails = () => count(`select count(*) from payload_jobs where queue = 'emails' and completed_at is null and not coalesce(has_error, false)`)
const allDelivered = async () => (await pendingEmails()) === 0
/** Emails recorded as sent since the test began, and emails the SMTP server accepted: equal when none left twice. */
const sentSinceStart = () => count(`select count(*) from sent_emails where created_at >= $1`, [startedAt])

let cejOffer = 0
let leadCounter = 0
/** A young person's request, as the public form posts it (its own address, its own client address). */
function leadRequest(email: string, key: string) {
  const i = leadCounter++
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-Forwarded-For': `10.15.${(i >> 8) & 255}.${i & 255}` },
    body: JSON.stringify({ offer: cejOffer, commune: '46042', answers: JOB_SEEKER, contact: { email }, consent: true, website: '' }),
  }
}

beforeAll(async () => {
  mkdirSync(LOGS, { recursive: true })
  const serverUrl = process.env.BOUSSOLE_TEST_SERVER_URL!
  await createDatabaseIfMissing(serverUrl, database, process.env.BOUSSOLE_TEST_TEMPLATE!)
  databaseUrl = `${serverUrl}/${database}`
  db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  // The demo data's own messages are not this test's business: only what it causes is counted.
  await db.query(`delete from payload_jobs`)
  cejOffer = (
    await db.query<{ id: number }>(
      `select o.id from offers o join territories t on t.id = o.territory_id where o.title = 'Contrat d’engagement jeune (CEJ)' and t.slug = 'lot'`,
    )
  ).rows[0].id
  await smtp.start()
  const env = {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '5',
    PAYLOAD_SECRET: SECRET,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_IGNORE_TLS: 'true',
    BOUSSOLE_JOBS_AUTORUN: 'false',
    BOUSSOLE_ACCESS_LOG: 'false',
    TRUST_PROXY: 'true',
  }
  const servers = await Promise.all(
    ['web-a', 'web-b'].map((name) =>
      startNextServer({ env: { ...env, PUBLIC_URL: 'http://127.0.0.1' }, readyPath: '/comment-ca-marche', onOutput: log(name) }),
    ),
  )
  web.push(...servers)
  workers.push(...(await Promise.all(['worker-1', 'worker-2'].map((name) => startWorker(name, env)))))
  startedAt = new Date((await db.query<{ now: Date }>('select now()')).rows[0].now)
}, 240_000)

afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGTERM')
  await Promise.all(web.map((server) => server.stop()))
  await smtp.stop()
  await db?.end()
  await dropDatabaseIfExists(process.env.BOUSSOLE_TEST_SERVER_URL!, database).catch(() => {})
})

describe('two web servers and two workers on one database', () => {
  const BURST = 30
  const DOUBLES = 6

  it('stores every lead once and delivers every email exactly once, the SMTP server stopped during the burst', async () => {
    await smtp.stop()
    const requests = [
      // one request per young person, to one server or the other
      ...Array.from({ length: BURST }, (_, i) =>
        fetch(`${web[i % 2].baseUrl}/api/boussole/leads`, leadRequest(`burst-${i}@jeunes.test`, `burst-${i}`)).then((r) => ({
          key: `burst-${i}`,
          status: r.status,
        })),
      ),
      // the same request (same Idempotency-Key) to both servers at the same moment: one lead
      ...Array.from({ length: DOUBLES }, (_, i) => {
        const request = leadRequest(`double-${i}@jeunes.test`, `double-${i}`)
        return Promise.all(web.map((server) => fetch(`${server.baseUrl}/api/boussole/leads`, request))).then((answers) => ({
          key: `double-${i}`,
          status: answers.map((answer) => answer.status),
        }))
      }),
    ]
    const answers = await Promise.all(requests)
    for (const answer of answers.slice(0, BURST)) expect(answer).toEqual({ key: answer.key, status: 201 })
    // a replay answers as the first request did; a replay arriving while the first is being written may be told so (409)
    for (const answer of answers.slice(BURST)) expect((answer.status as number[]).every((status) => [200, 201, 409].includes(status))).toBe(true)

    expect(await count(`select count(*) from leads where contact_email like 'burst-%@jeunes.test'`)).toBe(BURST)
    expect(await count(`select count(*) from leads where contact_email like 'double-%@jeunes.test'`)).toBe(DOUBLES)
    expect(await count(`select count(distinct idempotency_key) from leads where contact_email like any(array['burst-%', 'double-%'])`)).toBe(BURST + DOUBLES)
    // SMTP is down: every email is waiting to be retried, none is recorded as sent
    await until(
      'les premiers essais d’envoi échouent',
      async () => (await count(`select count(*) from payload_jobs where queue = 'emails' and total_tried > 0`)) > 0,
      30_000,
    )
    expect(await sentSinceStart()).toBe(0)

    await smtp.start()
    await until('tous les courriels partent une fois le serveur SMTP revenu', allDelivered, 180_000)
    const emailsOf = (address: string) => smtp.received.filter((mail) => mail.to.includes(address)).length
    for (let i = 0; i < BURST; i++) expect(emailsOf(`burst-${i}@jeunes.test`)).toBe(1)
    for (let i = 0; i < DOUBLES; i++) expect(emailsOf(`double-${i}@jeunes.test`)).toBe(1)
    expect(smtp.received.length).toBe(await sentSinceStart())
    expect(smtp.received.length).toBeGreaterThanOrEqual(2 * (BURST + DOUBLES)) // the young person's, and the organisation's alert
  }, 400_000)

  it('sends each SLA reminder once when both workers sweep at the same moment', async () => {
    // The burst's leads are now due in two hours: each calls for one reminder to the organisation.
    await db.query(`update leads set due_at = now() + interval '2 hours' where contact_email like any(array['burst-%', 'double-%'])`)
    const before = smtp.received.length
    await Promise.all(workers.map((worker) => command(worker, 'sweep')))
    await until(
      'les deux balayages terminés',
      async () => (await count(`select count(*) from payload_jobs where task_slug = 'boussoleSlaSweep' and completed_at is null`)) === 0,
      60_000,
    )
    await until('les rappels envoyés', allDelivered, 60_000)
    const reminders = await db.query<{ lead_id: number; count: string }>(
      `select l.id as lead_id, count(s.id) as count from leads l left join sent_emails s on s.lead_id = l.id and s.kind = 'reminder'
       where l.contact_email like any(array['burst-%', 'double-%']) group by l.id`,
    )
    expect(reminders.rows).toHaveLength(BURST + DOUBLES)
    // every lead of the one organisation: as many reminders as it has recipients, the same for each lead
    expect(new Set(reminders.rows.map((row) => Number(row.count)))).toEqual(new Set([Number(reminders.rows[0].count)]))
    expect(Number(reminders.rows[0].count)).toBeGreaterThanOrEqual(1)
    // both workers are still up, none crashed on the other's jobs
    expect(workers.map((worker) => worker.exitCode)).toEqual([null, null])
    for (const name of ['worker-1', 'worker-2']) expect(readFileSync(path.join(LOGS, `${database}-${name}.log`), 'utf8')).not.toMatch(/TypeError|jobs worker:/)
    // one reminder key per lead and recipient, each delivered once
    expect(smtp.received.length).toBe(await sentSinceStart())
    const reminderMails = smtp.received.slice(before)
    expect(reminderMails.length).toBe(await count(`select count(*) from sent_emails where kind = 'reminder' and created_at >= $1`, [startedAt]))
  }, 120_000)

  it('serves an offer published through one web server from the other within the documented bound', async () => {
    const offer = await db.query<{ id: number }>(
      `select o.id from offers o join territories t on t.id = o.territory_id where t.slug = 'lot' and o.title = 'Atelier CV et simulation d’entretien'`,
    )
    const id = offer.rows[0].id
    const matches = async (server: (typeof web)[number]) => {
      const response = await fetch(`${server.baseUrl}/api/boussole/match`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ commune: '46042', theme: 'emploi', answers: JOB_SEEKER }),
      })
      expect(response.status).toBe(200)
      return JSON.stringify(await response.json())
    }
    const listed = async (server: (typeof web)[number]) => (await matches(server)).includes(`"id":${id},`)
    expect(await listed(web[1])).toBe(false) // a draft: not served (and server B's catalogue is now loaded)
    const login = await fetch(`${web[0].baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@boussole.test', password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const published = await fetch(`${web[0].baseUrl}/api/offers/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ status: 'publiee' }),
    })
    expect(published.status).toBe(200)
    expect(await listed(web[0])).toBe(true) // the server that wrote it knows at once
    const elapsed = await until('l’offre publiée servie par l’autre serveur', () => listed(web[1]), CATALOGUE_BOUND_MS)
    console.info(`Offre publiée par le serveur A, servie par le serveur B après ${elapsed} ms`)
  }, 60_000)

  it('takes again, once its lease is over, the job of a worker killed while sending, and the email leaves once', async () => {
    const [first, second] = workers
    await command(second, 'pause')
    smtp.holding = true
    const sentBefore = smtp.received.length
    const response = await fetch(`${web[0].baseUrl}/api/boussole/leads`, leadRequest('killed-worker@jeunes.test', 'killed-worker'))
    expect(response.status).toBe(201)
    // the first worker is sending: the SMTP server has the message and does not answer
    await until('le premier worker envoie', () => smtp.unanswered > 0, 30_000)
    first.kill('SIGKILL')
    await until('la connexion du worker tué fermée', () => smtp.unanswered === 0, 10_000)
    smtp.release()
    expect(smtp.received.length).toBe(sentBefore) // nothing was accepted from the killed worker
    const stuck = await count(`select count(*) from payload_jobs where queue = 'emails' and processing and completed_at is null`)
    expect(stuck).toBeGreaterThan(0)

    // The other worker does not take a job another may still be running…
    await command(second, 'resume')
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    expect(await count(`select count(*) from payload_jobs where queue = 'emails' and processing and completed_at is null`)).toBe(stuck)
    // …until its lease is over (the time passes in the database: the lease is measured on `updated_at`).
    await db.query(`update payload_jobs set updated_at = now() - make_interval(mins => $1) where processing and completed_at is null`, [JOB_LEASE_MINUTES + 1])
    await until('le travail repris par l’autre worker', allDelivered, 60_000)
    expect(smtp.received.filter((mail) => mail.to.includes('killed-worker@jeunes.test'))).toHaveLength(1)
    expect(smtp.received.length).toBe(await sentSinceStart())
  }, 120_000)
})
