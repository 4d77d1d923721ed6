import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * The node-postgres pool behind `@payloadcms/db-postgres`, for the few hot paths written in SQL (the
 * in-memory catalogue's stamp and bulk reads, the search log, the lead intake's reads and its one write,
 * `insertLead`). Everything else goes through the Local API.
 */
export function poolOf(payload: Payload): Pool {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) throw new Error('The database adapter has no PostgreSQL pool (@payloadcms/db-postgres expected).')
  return pool
}

/**
 * `payload.destroy()` leaves the adapter's pool open; this closes both (scripts and tests). A client
 * still checked out would make `pool.end()` wait forever: give it a moment, then move on (the process or
 * the caller's `drop database … with (force)` ends those connections; their errors are ignored).
 */
export async function closePayload(payload: Payload, graceMs = 2_000): Promise<void> {
  await payload.destroy()
  const pool = poolOf(payload)
  pool.on('error', () => {})
  await Promise.race([pool.end(), new Promise((resolve) => setTimeout(resolve, graceMs).unref())])
}

/**
 * node-postgres emits an `error` on the pool when an idle connection is cut (the database restarted, stopped, or a
 * network failure); with no listener Node throws it and the process dies. Payload's adapter listens on its first
 * client only: this listens on the pool, so that the process keeps running and the next request connects again.
 */
export function surviveDroppedConnections(payload: Payload): void {
  poolOf(payload).on('error', (error) =>
    payload.logger.warn({ msg: 'PostgreSQL: une connexion inactive a été coupée', code: (error as { code?: unknown }).code }),
  )
}
