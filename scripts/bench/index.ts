/**
 * `npm run bench`: national-scale performance figures. Prepares a dedicated database (all communes, the
 * demo data, 50 more territories and 20,000 offers), starts the production server, then loads commune
 * search, matching and lead submission at a fixed arrival rate (latency) and with a closed loop of
 * concurrent clients (maximum throughput), printing p50/p95/p99 and requests per second,
 * plus Payload's generic REST `find` for comparison; then the volume scenario: two years of national activity
 * (a million searches, a hundred thousand requests, `volumeDataset.ts`) and the three dashboards that read it
 * (a partner's inbox, an animator's cockpit, the national statistics), each signed in as its demo account.
 * Not a test: it prints figures and targets.
 * `--prepare` only builds the dataset (reused by later runs). Env: BENCH_DATABASE_URL, BENCH_DURATION_MS,
 * BENCH_CONCURRENCY, BENCH_RATE, BENCH_WARM_UP_MS (default 8000), BENCH_DASHBOARD_CONCURRENCY (default 3),
 * BENCH_SCENARIOS (e.g. `search,match`; default all: search,typos,rest,match,leads,volume),
 * BENCH_CPU_PROFILE=1 (the server writes a V8 CPU profile to .data/bench/profiles when it stops),
 * BOUSSOLE_BUILD=always|never.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'
import pg from 'pg'

import { createDatabaseIfMissing, startEmbeddedCluster } from '../../src/database/embeddedPostgres'
import { closePayload } from '../../src/database/pool'
import { DEFAULT_EMBEDDED_DATA_DIR, DEFAULT_EMBEDDED_PORT } from '../../src/database/resolveDatabaseUrl'
import { toQuestions } from '../../src/domain/questionnaire/toQuestions'
import { importGeography } from '../../src/geo/importGeography'
import { seedDemoData } from '../../src/seed'
import { DEMO_PASSWORD } from '../../src/seed/users'
import { buildIfNeeded, startNextServer } from '../lib/nextServer'
import { formatResult, runLoad, type LoadResult } from './loadTest'
import { ensureNationalDataset } from './nationalDataset'
import { validAnswersFor } from './validAnswers'
import { ensureVolumeDataset, VOLUME_LEADS, VOLUME_SEARCHES } from './volumeDataset'

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 15_000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16)
const TARGET_RATE = Number(process.env.BENCH_RATE ?? 100)
/** Closed-loop load before each measure, not measured: the JIT compiler and the caches reach their steady state. */
const WARM_UP_MS = Number(process.env.BENCH_WARM_UP_MS ?? 8_000)
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS ?? 'search,typos,rest,match,leads,volume').split(','))
/**
 * The dashboards are read by staff, not by the public: measured as the wait of one person opening the page again and
 * again (the target), then with a few people at once on the same 2 cores (for information).
 */
const DASHBOARD_CONCURRENCY = Number(process.env.BENCH_DASHBOARD_CONCURRENCY ?? 3)
const PROFILE_DIR = path.resolve('.data/bench/profiles')
const log = (line: string) => console.info(line)
const SERVER_LOG = path.resolve('.data/bench/next-start.log')

async function prepareDatabase(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL
  const cluster = await startEmbeddedCluster({ dataDir: DEFAULT_EMBEDDED_DATA_DIR, port: DEFAULT_EMBEDDED_PORT })
  await createDatabaseIfMissing(cluster.baseUrl, 'boussole_bench')
  return `${cluster.baseUrl}/boussole_bench`
}

const databaseUrl = await prepareDatabase()
process.env.DATABASE_URL = databaseUrl
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
await payload.db.migrate()
if (!(await payload.count({ collection: 'communes' })).totalDocs) await importGeography(payload)
await seedDemoData(payload)
log('Jeu de données national…')
await ensureNationalDataset(payload, log)
if (SCENARIOS.has('volume') || process.argv.includes('--prepare')) {
  log(`Deux ans d'activité nationale (${VOLUME_SEARCHES} recherches, ${VOLUME_LEADS} demandes)…`)
  await ensureVolumeDataset(databaseUrl, new Date(), log)
}
if (process.argv.includes('--prepare')) {
  await closePayload(payload)
  process.exit(0)
}

// Inputs of the load: communes of the test territories, valid answers per theme, offers open to all.
const { docs: themes } = await payload.find({ collection: 'themes', where: { slug: { in: ['emploi', 'formation', 'logement', 'sante'] } }, depth: 0 })
const answersByTheme = new Map<string, ReturnType<typeof validAnswersFor>>()
for (const theme of themes) {
  const { docs } = await payload.find({
    collection: 'questionnaires',
    where: { and: [{ theme: { equals: theme.id } }, { territory: { exists: false } }] },
    depth: 0,
    limit: 1,
  })
  answersByTheme.set(theme.slug!, validAnswersFor(toQuestions(docs[0]?.questions)))
}
const { docs: territories } = await payload.find({
  collection: 'territories',
  where: { slug: { like: 'bench-' } },
  depth: 0,
  pagination: false,
  select: { coveredCommunes: true, slug: true },
})
const communeIds = territories.flatMap((territory) => (territory.coveredCommunes ?? []).slice(0, 20)) as number[]
const { docs: communes } = await payload.find({
  collection: 'communes',
  where: { id: { in: communeIds } },
  depth: 0,
  pagination: false,
  select: { code: true },
})
const { docs: openOffers } = await payload.find({
  collection: 'offers',
  where: { and: [{ status: { equals: 'publiee' } }, { 'territory.slug': { like: 'bench-' } }, { 'rules.criterion': { exists: false } }] },
  depth: 1,
  limit: 200,
  select: { territory: true, theme: true },
  populate: { territories: { coveredCommunes: true }, themes: { slug: true } },
})
const { docs: leadCommunes } = await payload.find({
  collection: 'communes',
  where: { id: { in: [...new Set(openOffers.flatMap((offer) => (offer.territory as { coveredCommunes: number[] }).coveredCommunes))] } },
  depth: 0,
  pagination: false,
  select: { code: true },
})
const communeCodeById = new Map(leadCommunes.map((commune) => [commune.id, commune.code]))
const { totalDocs: offerCount } = await payload.count({ collection: 'offers' })
const countLeads = async (): Promise<number> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return Number((await client.query<{ count: string }>('select count(*) from leads')).rows[0].count)
  } finally {
    await client.end()
  }
}
/**
 * Every run starts from the same data: the requests of the previous runs' submission scenario are removed (thousands
 * of « nouvelle » requests a run, which would grow the dashboards run after run), and the tables are vacuumed, as
 * PostgreSQL's autovacuum keeps them in production (the statistics' index-only scans need the visibility map).
 */
async function resetBenchRequests({ remove }: { remove: boolean }): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    if (remove) {
      await client.query(`delete from payload_jobs where input->>'leadId' in (select id::text from leads where contact_email like '%@bench-lead.test')`)
      await client.query(`delete from leads where contact_email like '%@bench-lead.test'`)
    }
    await client.query('vacuum analyze leads')
    await client.query('vacuum analyze searches')
  } finally {
    await client.end()
  }
}
await resetBenchRequests({ remove: true })
const leadsBefore = await countLeads()
// The load generator keeps a small heap: its garbage collection pauses would count as server latency.
await closePayload(payload)
log(
  `Données : ${offerCount} offres, ${territories.length} territoires de test, ${communes.length} communes tirées, ${openOffers.length} offres ouvertes à tous.`,
)

mkdirSync(path.dirname(SERVER_LOG), { recursive: true })
writeFileSync(SERVER_LOG, '')
await buildIfNeeded(path.resolve('.data/bench/next-build.log'), log)
const server = await startNextServer({
  env: { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'boussole-bench-secret', BOUSSOLE_JOBS_AUTORUN: 'false', TRUST_PROXY: 'true', SMTP_HOST: '' },
  readyPath: '/api/boussole/communes?q=cahors',
  onOutput: (chunk) => appendFileSync(SERVER_LOG, chunk),
  nodeArgs: process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
})

const queries = ['cah', 'saint', 'st et', 'mont', 'l isle', 'bordeaux', 'lyon', 'mars', 'toulouse', 'ren', '46000', '750', '31', 'beau', 'ville']
/** Misspelt names (none starts a real name): every one goes to the suggestions, the slowest kind of query. */
const misspelt = [
  'marseile',
  'montpelier',
  'tolouse',
  'strasbourgh',
  'st etiene',
  'clermont ferand',
  'cahros',
  'reism',
  'brset',
  'villeneuve sur lott',
  'chateauneuf du papr',
  'bordeuax',
  'rennnes',
  'saint ettienne',
  'qwxzjk',
]
const pick = <T>(items: T[], index: number) => items[index % items.length]

/** A staff member's session cookie (REST login, as the admin's form does). */
async function sessionCookie(email: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Connexion impossible pour ${email} (${response.status})`)
  return `payload-token=${token}`
}
/** The three dashboards of the volume scenario: the home page of the admin for each role. */
const dashboards = SCENARIOS.has('volume')
  ? [
      { key: 'inbox', name: 'Boîte de réception d’un organisme (Mission locale du Lot)', email: 'pro.missionlocale46@boussole.test' },
      { key: 'cockpit', name: 'Cockpit d’un animateur (Lot)', email: 'animateur.lot@boussole.test' },
      { key: 'national', name: 'Statistiques nationales', email: 'admin@boussole.test' },
    ]
  : []
const cookies = new Map<string, string>()
for (const dashboard of dashboards) cookies.set(dashboard.key, await sessionCookie(dashboard.email))
// Payload accepts its session cookie from a page of the site only (Sec-Fetch-Site, its CSRF defence).
const dashboardHeaders = (key: string) => ({ Cookie: cookies.get(key)!, 'Sec-Fetch-Site': 'same-origin' })
const dashboardRequest =
  (key: string): Request =>
  () => ({ method: 'GET', path: '/admin', headers: dashboardHeaders(key) })
for (const dashboard of dashboards) {
  // What is measured must be the dashboard itself, not the login page it would redirect to.
  const html = await (await fetch(`${server.baseUrl}/admin`, { headers: dashboardHeaders(dashboard.key) })).text()
  if (!html.includes('boussole-figures')) throw new Error(`${dashboard.name} : la page n'est pas le tableau de bord attendu.`)
}
const results: { result: LoadResult; target?: { p95Ms: number; minPerSecond?: number } }[] = []
const load = (name: string, request: Parameters<typeof runLoad>[0]['request'], options: Partial<Parameters<typeof runLoad>[0]> = {}) =>
  runLoad({ name, baseUrl: server.baseUrl, durationMs: DURATION_MS, concurrency: CONCURRENCY, request, ...options })

type Request = Parameters<typeof runLoad>[0]['request']
const searchRequest: Request = (i) => ({ method: 'GET', path: `/api/boussole/communes?q=${encodeURIComponent(pick(queries, i))}` })
const misspeltSearchRequest: Request = (i) => ({ method: 'GET', path: `/api/boussole/communes?q=${encodeURIComponent(pick(misspelt, i))}` })
const restSearchRequest: Request = (i) => ({
  method: 'GET',
  path: `/api/communes?where[searchKey][like]=${encodeURIComponent(pick(queries, i))}&limit=10&depth=0`,
})
const matchRequest: Request = (i) => {
  const theme = pick(themes, i).slug!
  return { method: 'POST', path: '/api/boussole/match', body: { commune: pick(communes, i * 7).code, theme, answers: answersByTheme.get(theme) } }
}
/** One search per territory and theme: loads every part of the in-memory catalogue the measure will use. */
const codeOfCommune = new Map(communes.map((commune) => [commune.id, commune.code]))
const primeMatching = async () => {
  for (const territory of territories) {
    const commune = codeOfCommune.get((territory.coveredCommunes as number[])[0])
    for (const theme of themes) {
      await fetch(`${server.baseUrl}/api/boussole/match`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ commune, theme: theme.slug, answers: answersByTheme.get(theme.slug!) }),
      })
    }
  }
}
let leadCounter = 0
const leadRequest: Request = () => {
  const i = leadCounter++
  const offer = pick(openOffers, i)
  const territory = offer.territory as { coveredCommunes: number[] }
  const theme = (offer.theme as { slug: string }).slug
  return {
    method: 'POST',
    path: '/api/boussole/leads',
    headers: { 'X-Forwarded-For': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, 'Idempotency-Key': `bench-${Date.now()}-${i}` },
    body: {
      offer: offer.id,
      commune: communeCodeById.get(pick(territory.coveredCommunes, i)),
      answers: answersByTheme.get(theme),
      contact: { email: `jeune${i}-${Date.now()}@bench-lead.test` },
      consent: true,
      website: '',
    },
  }
}

try {
  let created = 0
  const countCreated = { expect: [201], onResponse: (status: number) => status === 201 && created++ }
  const scenarios: {
    key: string
    name: string
    request: Request
    target?: { p95Ms: number; minPerSecond?: number }
    options?: Partial<Parameters<typeof runLoad>[0]>
  }[] = [
    { key: 'search', name: 'Recherche de commune', request: searchRequest, target: { p95Ms: 10, minPerSecond: TARGET_RATE } },
    { key: 'typos', name: '  commune mal tapée (« Tu voulais dire »)', request: misspeltSearchRequest, target: { p95Ms: 10, minPerSecond: TARGET_RATE } },
    { key: 'rest', name: '  même recherche, REST générique', request: restSearchRequest },
    { key: 'match', name: 'Correspondance (match)', request: matchRequest, target: { p95Ms: 50, minPerSecond: TARGET_RATE } },
    { key: 'leads', name: 'Demande de mise en relation', request: leadRequest, target: { p95Ms: 100, minPerSecond: TARGET_RATE }, options: countCreated },
  ]
  for (const dashboard of dashboards) {
    scenarios.push({
      key: 'volume',
      name: `${dashboard.name}, volume national`,
      request: dashboardRequest(dashboard.key),
      target: { p95Ms: 300 },
      options: { concurrency: 1, expect: [200] },
    })
  }
  let vacuumed = false
  for (const scenario of scenarios.filter(({ key }) => SCENARIOS.has(key))) {
    // Warm-up, not measured: first requests compile the route and fill the in-memory catalogue.
    if (scenario.key === 'match' || scenario.key === 'leads') await primeMatching()
    await load('warm-up', scenario.request, { durationMs: WARM_UP_MS, ...scenario.options })
    if (scenario.key === 'volume' && !vacuumed) {
      // The submission scenario just wrote thousands of requests: let the tables be vacuumed as autovacuum would.
      await resetBenchRequests({ remove: false })
      vacuumed = true
    }
    if (scenario.key === 'volume') {
      // Staff pages: the latency one person waits (closed loop of 1), then several people at once.
      results.push({ result: await load(`${scenario.name} (1 personne)`, scenario.request, scenario.options), target: scenario.target })
      results.push({
        result: await load(`${scenario.name} (${DASHBOARD_CONCURRENCY} personnes à la fois)`, scenario.request, {
          ...scenario.options,
          concurrency: DASHBOARD_CONCURRENCY,
        }),
      })
      continue
    }
    results.push({
      result: await load(`${scenario.name} — ${TARGET_RATE} req/s`, scenario.request, { ratePerSecond: TARGET_RATE, ...scenario.options }),
      target: scenario.target,
    })
    results.push({ result: await load(`${scenario.name} — débit max (${CONCURRENCY} clients)`, scenario.request, scenario.options) })
  }
  const leadsAfter = await countLeads()

  console.info(`\nBoussole — bancs d'essai (${DURATION_MS / 1000} s par mesure, ${offerCount} offres, ${territories.length + 3} territoires)\n`)
  for (const { result, target } of results) console.info(formatResult(result, target))
  const stored = leadsAfter - leadsBefore
  console.info(`\nDemandes acceptées (201) : ${created} ; enregistrées en base : ${stored} ${stored === created ? '✓' : '✗'}`)
} finally {
  await server.stop()
}
process.exit(0)
