import { afterAll, beforeAll } from '@jest/globals'
import pg from 'pg'

/** What the browser tests ask of the e2e database: plain SQL, to prepare a case and check what was stored. */
export interface E2eDatabase {
  query<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>
}

/**
 * One connection to the e2e database (`BOUSSOLE_E2E_DATABASE_URL`) for the test file: opened before its tests, closed
 * after. Call at the top level of the file, before the file's own `beforeAll` if it uses the database.
 */
export function useDatabase(): E2eDatabase {
  let client: pg.Client | undefined
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.BOUSSOLE_E2E_DATABASE_URL })
    await client.connect()
  })
  afterAll(async () => {
    await client?.end()
  })
  return {
    query: (text, values) => {
      if (!client) throw new Error('The e2e database is not connected yet (useDatabase is for beforeAll/test bodies).')
      return client.query(text, values)
    },
  }
}
