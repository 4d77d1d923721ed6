import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { closePayload } from '../../src/database/pool'
import { resolveDatabaseUrl } from '../../src/database/resolveDatabaseUrl'

/** Runs `task` with a Payload initialised on DATABASE_URL, after applying the committed migrations. */
export async function withMigratedPayload<T>(task: (payload: Payload) => Promise<T>): Promise<T> {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    return await task(payload)
  } finally {
    await closePayload(payload)
  }
}

/**
 * Runs `task` on the project's database (DATABASE_URL, or the embedded PostgreSQL started on demand),
 * migrated. Used by the command-line scripts.
 */
export async function withPayload<T>(task: (payload: Payload) => Promise<T>): Promise<T> {
  const database = await resolveDatabaseUrl()
  process.env.DATABASE_URL = database.url
  try {
    return await withMigratedPayload(task)
  } finally {
    await database.release()
  }
}

/** Runs a script's main function and exits with a clear message on failure. */
export function runScript(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error)
      process.exit(1)
    },
  )
}
