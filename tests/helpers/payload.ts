import { afterAll, beforeAll } from '@jest/globals'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { createDatabaseIfMissing, dropDatabaseIfExists } from '../../src/database/embeddedPostgres'
import { closePayload } from '../../src/database/pool'

const databases = new WeakMap<Payload, { serverUrl: string; name: string }>()
let counter = 0

/**
 * An initialised Payload on a fresh copy of the test template (migrated, geography imported, demo data
 * seeded), private to the calling test file. Release it with `releaseTestPayload` (or use `useTestPayload`).
 */
export async function getTestPayload(): Promise<Payload> {
  const serverUrl = process.env.BOUSSOLE_TEST_SERVER_URL
  const template = process.env.BOUSSOLE_TEST_TEMPLATE
  if (!serverUrl || !template) throw new Error('The integration tests must run through jest (tests/setup/globalSetup.ts).')
  const name = `boussole_t_${process.pid}_${Date.now().toString(36)}_${counter++}`
  await createDatabaseIfMissing(serverUrl, name, template)
  process.env.DATABASE_URL = `${serverUrl}/${name}`
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  databases.set(payload, { serverUrl, name })
  return payload
}

export async function releaseTestPayload(payload: Payload): Promise<void> {
  const database = databases.get(payload)
  await closePayload(payload)
  if (database) await dropDatabaseIfExists(database.serverUrl, database.name)
}

/** Registers beforeAll/afterAll for the enclosing test file; read `context.payload` inside tests. */
export function useTestPayload(): { payload: Payload } {
  const context = {} as { payload: Payload }
  beforeAll(async () => {
    context.payload = await getTestPayload()
  })
  afterAll(async () => {
    if (context.payload) await releaseTestPayload(context.payload)
  })
  return context
}
