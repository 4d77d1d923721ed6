import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { dumpDatabase, restoreDatabase } from '../../src/database/backup'
import { createDatabaseIfMissing, dropDatabaseIfExists } from '../../src/database/embeddedPostgres'
import { poolOf } from '../../src/database/pool'
import { useTestPayload } from '../helpers/payload'
import { serverUrlOf } from '../setup/testDatabase'

/**
 * `npm run backup` / `npm run restore` (issue #15): PostgreSQL's pg_dump and pg_restore of the server's version,
 * on the embedded database of the tests. The demo database is saved, changed, restored in place — it is as it was
 * saved — and restored into an empty database, which then holds the same rows.
 */
const context = useTestPayload()

/** Row counts of every table of the schema, and a digest of the tables that matter most. */
async function fingerprint(client: pg.Pool | pg.Client): Promise<Record<string, unknown>> {
  const tables = (await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by 1`)).rows.map(
    (row) => row.name,
  )
  const counts: Record<string, unknown> = {}
  for (const table of tables) counts[table] = (await client.query<{ n: number }>(`select count(*)::int as n from "${table}"`)).rows[0].n
  for (const table of ['leads', 'offers', 'territories', 'users', 'payload_migrations']) {
    counts[`${table}#digest`] = (
      await client.query<{ d: string }>(`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as d from "${table}" t`)
    ).rows[0].d
  }
  return counts
}

describe('backup and restore with PostgreSQL’s own tools', () => {
  it('saves the database, and restores it in place and into an empty database', async () => {
    const { payload } = context
    const databaseUrl = process.env.DATABASE_URL!
    const folder = mkdtempSync(path.join(tmpdir(), 'boussole-backup-'))
    const file = path.join(folder, 'boussole.dump')
    const copy = `boussole_restore_${process.pid}`
    try {
      const saved = await fingerprint(poolOf(payload))
      await dumpDatabase(databaseUrl, file)
      expect(statSync(file).size).toBeGreaterThan(10_000)

      // Changes after the backup…
      await poolOf(payload).query(`update territories set description = 'Changée après la sauvegarde'`)
      await poolOf(payload).query(`delete from searches`)
      expect(await fingerprint(poolOf(payload))).not.toEqual(saved)

      // …undone by the restore, in place.
      await restoreDatabase(databaseUrl, file)
      expect(await fingerprint(poolOf(payload))).toEqual(saved)

      // And into an empty database: the same rows.
      const serverUrl = serverUrlOf(databaseUrl)
      await dropDatabaseIfExists(serverUrl, copy)
      await createDatabaseIfMissing(serverUrl, copy)
      await restoreDatabase(`${serverUrl}/${copy}`, file)
      const client = new pg.Client({ connectionString: `${serverUrl}/${copy}` })
      await client.connect()
      try {
        expect(await fingerprint(client)).toEqual(saved)
      } finally {
        await client.end()
      }
    } finally {
      await dropDatabaseIfExists(serverUrlOf(databaseUrl), copy)
      rmSync(folder, { recursive: true, force: true })
    }
  }, 120_000)
})
