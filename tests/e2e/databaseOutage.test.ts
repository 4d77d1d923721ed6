import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'

import { startNextServer } from '../../scripts/lib/nextServer'
import { createDatabaseIfMissing, dropDatabaseIfExists } from '../../src/database/embeddedPostgres'
import { JOB_SEEKER } from './helpers/answers'
import { launch } from './helpers/browser'
import { DatabaseLink } from './helpers/databaseLink'

/**
 * The database out of reach for 30 seconds in the middle of a lead burst (issue #15), end to end: the production
 * server (server.ts) reaches PostgreSQL through a link the test cuts, as when the database is stopped. During the
 * outage the API answers 503 in French without a stack trace, a young person sending the form without JavaScript
 * gets a complete French page (not a blank one), nothing is written; when the database answers again, the same
 * process takes requests at once, without a restart.
 */
const ROOT = process.cwd()
const LOGS = path.join(ROOT, 'tests/artifacts/logs')
const OUTAGE_MS = 30_000
const database = `boussole_outage_${process.pid}_${Date.now().toString(36)}`
let db: pg.Client
let link: DatabaseLink
let server: { baseUrl: string; stop: () => Promise<void> }
let cejOffer = 0
let counter = 0

const leadBody = (email: string) => JSON.stringify({ offer: cejOffer, commune: '46042', answers: JOB_SEEKER, contact: { email }, consent: true, website: '' })
const postLead = (email: string) =>
  fetch(`${server.baseUrl}/api/boussole/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.30.0.${counter++}` },
    body: leadBody(email),
  })
const leadsOf = async (pattern: string) =>
  Number((await db.query<{ count: string }>(`select count(*) from leads where contact_email like $1`, [pattern])).rows[0].count)

beforeAll(async () => {
  mkdirSync(LOGS, { recursive: true })
  const serverUrl = process.env.BOUSSOLE_TEST_SERVER_URL!
  await createDatabaseIfMissing(serverUrl, database, process.env.BOUSSOLE_TEST_TEMPLATE!)
  const databaseUrl = new URL(`${serverUrl}/${database}`)
  db = new pg.Client({ connectionString: databaseUrl.toString() })
  await db.connect()
  cejOffer = (
    await db.query<{ id: number }>(
      `select o.id from offers o join territories t on t.id = o.territory_id where o.title = 'Contrat d’engagement jeune (CEJ)' and t.slug = 'lot'`,
    )
  ).rows[0].id
  link = new DatabaseLink({ host: databaseUrl.hostname, port: Number(databaseUrl.port) })
  await link.open()
  const throughLink = new URL(databaseUrl)
  throughLink.host = `127.0.0.1:${link.port}`
  const logFile = path.join(LOGS, `${database}-web.log`)
  writeFileSync(logFile, '')
  server = await startNextServer({
    env: {
      DATABASE_URL: throughLink.toString(),
      DATABASE_POOL_SIZE: '5',
      PAYLOAD_SECRET: 'boussole-outage-secret',
      PUBLIC_URL: 'http://127.0.0.1',
      SMTP_HOST: '',
      BOUSSOLE_JOBS_AUTORUN: 'false',
      TRUST_PROXY: 'true',
    },
    readyPath: '/comment-ca-marche',
    onOutput: (chunk) => appendFileSync(logFile, chunk),
  })
}, 180_000)

afterAll(async () => {
  await server?.stop()
  await link?.cut()
  await db?.end()
  await dropDatabaseIfExists(process.env.BOUSSOLE_TEST_SERVER_URL!, database).catch(() => {})
})

describe('the database out of reach for 30 seconds during a lead burst', () => {
  it('answers 503 in French, shows a clear page, writes nothing, and recovers without a restart', async () => {
    // The young person has the offer's form in front of them, without JavaScript.
    const browser = await launch()
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: server.baseUrl })
    const page = await context.newPage()
    const offerPath = `/offre/${cejOffer}?commune=46042&r=${Buffer.from(JSON.stringify(JOB_SEEKER)).toString('base64url')}`
    expect((await page.goto(offerPath))?.status()).toBe(200)
    await page.fill('#lead-email', 'outage-form@jeunes.test')
    await page.locator('label[for=lead-consent]').click()

    // A burst is under way when the database stops.
    const before = await Promise.all(Array.from({ length: 10 }, (_, i) => postLead(`outage-before-${i}@jeunes.test`)))
    expect(before.map((response) => response.status)).toEqual(Array(10).fill(201))
    const cutAt = Date.now()
    await link.cut()

    const during = await Promise.all(Array.from({ length: 10 }, (_, i) => postLead(`outage-during-${i}@jeunes.test`)))
    for (const response of during) {
      expect(response.status).toBe(503)
      const body = await response.text()
      expect(body).toContain('momentanément indisponible')
      expect(body).not.toMatch(/\bat \S+:\d+:\d+|stack|ECONNREFUSED/i)
    }
    // The form sent during the outage: a complete French page, not Next.js's blank error shell.
    const [answer] = await Promise.all([page.waitForNavigation(), page.click('button:has-text("Envoyer ma demande")')])
    expect(answer?.status()).toBeGreaterThanOrEqual(500)
    const shown = await page.locator('body').innerText()
    expect(shown).toContain('Réessaie dans quelques minutes')
    expect(shown).not.toMatch(/ECONNREFUSED|stack/i)
    await page.screenshot({ path: path.join(ROOT, 'tests/artifacts/screenshots/database-outage-form.png') })
    // Health tells the load balancer.
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(503)

    // The outage lasts 30 seconds; requests keep failing cleanly all along.
    while (Date.now() - cutAt < OUTAGE_MS) {
      expect((await postLead(`outage-during-late@jeunes.test`)).status).toBe(503)
      await new Promise((resolve) => setTimeout(resolve, 3_000))
    }
    await link.open()

    // Back: the same process takes the next requests (a pool connection may need one retry to be replaced).
    let first = await postLead('outage-after-0@jeunes.test')
    if (first.status === 503) first = await postLead('outage-after-0@jeunes.test')
    expect(first.status).toBe(201)
    const after = await Promise.all(Array.from({ length: 9 }, (_, i) => postLead(`outage-after-${i + 1}@jeunes.test`)))
    expect(after.map((response) => response.status)).toEqual(Array(9).fill(201))
    expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200)

    // Nothing half-written: the leads of the outage do not exist, each other lead has its messages queued.
    expect(await leadsOf('outage-during-%')).toBe(0)
    expect(await leadsOf('outage-form@%')).toBe(0)
    expect(await leadsOf('outage-before-%')).toBe(10)
    expect(await leadsOf('outage-after-%')).toBe(10)
    const withoutJobs = await db.query(
      `select l.id from leads l where l.contact_email like 'outage-%' and not exists (select 1 from payload_jobs j where j.input->>'leadId' = l.id::text)`,
    )
    expect(withoutJobs.rows).toEqual([])
    // The form sent again once the database is back goes through.
    await page.goto(offerPath)
    await page.fill('#lead-email', 'outage-form@jeunes.test')
    await page.locator('label[for=lead-consent]').click()
    await Promise.all([page.waitForURL(/\/demandes\/\d+\/confirmation\?token=/), page.click('button:has-text("Envoyer ma demande")')])
    expect(await leadsOf('outage-form@%')).toBe(1)
    await browser.close()
  }, 180_000)
})
