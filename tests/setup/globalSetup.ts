import { execFileSync } from 'node:child_process'
import pg from 'pg'

import { TSX_NODE_ARGS } from '../../scripts/lib/tsxNodeArgs'
import { createDatabaseIfMissing, dropDatabaseIfExists, startEmbeddedCluster } from '../../src/database/embeddedPostgres'
import { BUILD_DATABASE_PREFIX, serverUrlOf, TEMPLATE_PREFIX, templateName, TEST_CLUSTER_DIR, TEST_CLUSTER_PORT, TEST_DATABASE_PREFIX } from './testDatabase'

/**
 * Starts the test PostgreSQL (DATABASE_URL's server when set, else an embedded one in .data/postgres-test-15),
 * drops what earlier runs left behind, and builds the template database when the code changed.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl: string
  if (process.env.DATABASE_URL) {
    serverUrl = serverUrlOf(process.env.DATABASE_URL)
  } else {
    const cluster = await startEmbeddedCluster({ dataDir: TEST_CLUSTER_DIR, port: TEST_CLUSTER_PORT })
    ;(globalThis as { __boussoleCluster?: typeof cluster }).__boussoleCluster = cluster
    serverUrl = cluster.baseUrl
  }
  const template = templateName()
  process.env.BOUSSOLE_TEST_SERVER_URL = serverUrl
  process.env.BOUSSOLE_TEST_TEMPLATE = template

  await dropLeftovers(serverUrl, template)
  if (await databaseExists(serverUrl, template)) return

  const started = Date.now()
  const building = `${BUILD_DATABASE_PREFIX}${process.pid}_${template.slice(TEMPLATE_PREFIX.length)}`
  await createDatabaseIfMissing(serverUrl, building)
  execFileSync(process.execPath, [...TSX_NODE_ARGS, 'tests/setup/buildTemplate.ts'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '', BOUSSOLE_TEMPLATE_DATABASE_URL: `${serverUrl}/${building}` },
  })
  await publishTemplate(serverUrl, building, template)
  console.info(`\nBase de test « ${template} » préparée en ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

const KEPT_TEMPLATES = 4

/**
 * Drops what earlier runs left: test databases of processes that are gone, and all but the newest
 * templates (several runs, e.g. parallel developers' sessions, may use different templates at once).
 */
async function dropLeftovers(serverUrl: string, current: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  const { rows } = await client.query<{ datname: string }>(
    'select datname from pg_database where datname like $1 or datname like $2 or datname like $3 order by oid desc',
    [`${TEST_DATABASE_PREFIX}%`, `${TEMPLATE_PREFIX}%`, `${BUILD_DATABASE_PREFIX}%`],
  )
  await client.end()
  const templates = rows.map((row) => row.datname).filter((name) => name.startsWith(TEMPLATE_PREFIX) && name !== current)
  const stale = [
    ...templates.slice(KEPT_TEMPLATES - 1),
    ...rows
      .map((row) => row.datname)
      .filter((name) => (name.startsWith(TEST_DATABASE_PREFIX) || name.startsWith(BUILD_DATABASE_PREFIX)) && !processAlive(Number(name.split('_')[2]))),
  ]
  for (const name of stale) await dropDatabaseIfExists(serverUrl, name)
}

function processAlive(pid: number): boolean {
  try {
    return pid > 0 && process.kill(pid, 0)
  } catch {
    return false
  }
}

async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
  await client.end()
  return Boolean(rowCount)
}

/** Renames the finished build to the template's name; when a parallel run published it first, uses theirs. */
async function publishTemplate(serverUrl: string, building: string, template: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
  await client.connect()
  try {
    await client.query(`alter database "${building}" rename to "${template}"`)
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error
    await client.query(`drop database "${building}"`)
  } finally {
    await client.end()
  }
}
