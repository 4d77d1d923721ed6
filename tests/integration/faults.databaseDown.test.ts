import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { Client } from 'pg'

import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/database/databaseUnavailable'
import { poolOf } from '../../src/database/pool'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { CEJ, leadBody, offerId } from './leads.fixtures'

/**
 * The database out of reach while requests come (issue #15): every connection the process holds is cut by
 * PostgreSQL itself and new ones are refused (the pool is pointed at a closed port), as when the server stops.
 * The API answers 503 in French, nothing is written, the process stays up, and once the database is back the
 * next request works — without restarting anything.
 */
const context = useTestPayload()

async function cutTheDatabase(payload: Payload): Promise<() => void> {
  const pool = poolOf(payload) as unknown as { options: { connectionString: string } }
  const reachable = pool.options.connectionString
  pool.options.connectionString = reachable.replace(/:(\d+)\//, ':1/')
  const admin = new Client({ connectionString: reachable })
  await admin.connect()
  await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)
  await admin.end()
  return () => {
    pool.options.connectionString = reachable
  }
}

const count = async (payload: Payload) => (await poolOf(payload).query<{ n: number }>(`select count(*)::int as n from leads`)).rows[0].n

describe('the database out of reach', () => {
  it('answers 503 in French (REST, the leads API, GraphQL, health), writes nothing, and recovers by itself', async () => {
    const { payload } = context
    const api = apiClient(payload)
    const cej = await offerId(payload, CEJ)
    const before = await count(payload)

    const restore = await cutTheDatabase(payload)
    try {
      const lead = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email: 'panne@example.org' } }) })
      expect([lead.status, lead.json.errors?.[0]?.message]).toEqual([503, DATABASE_UNAVAILABLE_MESSAGE])
      const offers = await api.rest('GET', '/offers?limit=1')
      expect([offers.status, offers.json.errors?.[0]?.message]).toEqual([503, DATABASE_UNAVAILABLE_MESSAGE])
      const graphql = await api.graphql('{ Offers(limit: 1) { docs { id } } }')
      expect(JSON.stringify(graphql)).toContain(DATABASE_UNAVAILABLE_MESSAGE)
      const health = await api.rest('GET', '/health')
      expect([health.status, health.json.status]).toEqual([503, 'down'])
      expect(JSON.stringify([lead.json, offers.json])).not.toMatch(/at \w+ \(|node_modules|ECONNREFUSED/)
    } finally {
      restore()
    }

    expect(await count(payload)).toBe(before)
    const lead = await api.rest('POST', '/boussole/leads', { body: leadBody(cej, { contact: { email: 'apres.panne@example.org' } }) })
    expect(lead.status).toBe(201)
    expect(await count(payload)).toBe(before + 1)
    expect((await api.rest('GET', '/health')).status).toBe(200)
  })
})
