/**
 * Builds the test template database in a child process (plain Node + tsx, where the project's path
 * aliases resolve): migrations, geography, demo data. Built under a temporary name (with this process's
 * pid), renamed when complete, so an interrupted build never leaves a half-made template.
 */
import pg from 'pg'
import { getPayload } from 'payload'

import { createDatabaseIfMissing, dropDatabaseIfExists } from '../../src/database/embeddedPostgres'
import { closePayload } from '../../src/database/pool'
import { importGeography } from '../../src/geo/importGeography'
import { seedDemoData } from '../../src/seed'
import { BUILD_DATABASE_PREFIX, TEMPLATE_PREFIX } from './testDatabase'

const serverUrl = process.env.BOUSSOLE_TEMPLATE_SERVER_URL!
const template = process.env.BOUSSOLE_TEMPLATE_NAME!
const building = `${BUILD_DATABASE_PREFIX}${process.pid}_${template.slice(TEMPLATE_PREFIX.length)}`

await dropDatabaseIfExists(serverUrl, building)
await createDatabaseIfMissing(serverUrl, building)
process.env.DATABASE_URL = `${serverUrl}/${building}`
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
await payload.db.migrate()
const geography = await importGeography(payload)
const seed = await seedDemoData(payload)
console.info(`Template: ${geography.communes} communes in ${geography.ms} ms; demo data: ${JSON.stringify(seed)}`)
// Close the pool too, or the rename below finds the database in use.
await closePayload(payload)

const client = new pg.Client({ connectionString: `${serverUrl}/postgres` })
await client.connect()
await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [building])
try {
  await client.query(`alter database "${building}" rename to "${template}"`)
} catch (error) {
  // A parallel run finished the same template first: use theirs.
  if ((error as { code?: string }).code !== '42P04') throw error
  await client.query(`drop database "${building}"`)
} finally {
  await client.end()
}
process.exit(0)
