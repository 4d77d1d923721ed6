import type { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

interface DrizzleSession {
  execute: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }>
}

/**
 * Runs one SQL statement (drizzle's `sql` template: values are bound, never spliced) inside the transaction of `req`,
 * for what the Local API cannot say — e.g. `select … for update` to lock a row. Reaches the postgres adapter's session
 * of that transaction (`payload.db.sessions`, what its own `getTransaction` reads); throws outside a transaction, where
 * a lock would be released at once.
 */
export async function executeInTransaction<Row>(req: PayloadRequest, query: ReturnType<typeof sql>): Promise<Row[]> {
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db: DrizzleSession }> }).sessions
  const transactionId = await req.transactionID
  const session = transactionId === undefined ? undefined : sessions?.[String(transactionId)]
  if (!session) throw new Error('executeInTransaction must run within a transaction (withinTransaction, inTransaction or asUser)')
  const { rows } = await session.db.execute(query)
  return rows as Row[]
}
