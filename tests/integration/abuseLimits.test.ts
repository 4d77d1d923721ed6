import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'

import { poolOf } from '../../src/database/pool'
import { getSettings } from '../../src/plugins/boussole/core/options'
import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '../../src/security/clientIp'
import { apiClient, type ApiClient } from '../helpers/api'
import { useManualClock, type InstalledClock } from '../helpers/clock'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { CEJ, countRows, DEMO_PASSWORD, leadBody, ML_LOT_PRO, offerId } from './leads.fixtures'

/**
 * The abuse limits as the HTTP server applies them: requests carry the peer address stamped by
 * `src/instrumentation.ts` (here written by the test, as the stamp does), and `X-Forwarded-For` is believed only
 * from trusted proxies. The real defaults are tested (see `tests/e2e/abuseLimits.test.ts` for the stamp itself).
 */
useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let clock: InstalledClock
let cej: number

const from = (address: string, extra: Record<string, string> = {}) => ({ [PEER_ADDRESS_HEADER]: peerAddressHeaderValue(address), ...extra })
const submit = (body: unknown, headers: Record<string, string>) => api.rest('POST', '/boussole/leads', { body, headers })
let serial = 0
const uniqueBody = (overrides: Record<string, unknown> = {}) =>
  leadBody(cej, { contact: { email: `jeune-${++serial}@example.org`, phone: null }, ...overrides })

beforeAll(async () => {
  api = apiClient(context.payload)
  clock = useManualClock(context.payload, '2026-12-01T08:00:00.000Z')
  cej = await offerId(context.payload, CEJ)
})
afterAll(() => clock.restore())
afterEach(() => {
  delete process.env.TRUST_PROXY
})

describe('lead submissions per client address (defaults: 60 an hour, 150 a day)', () => {
  it('lets a class of 30 behind one address send two requests each within the hour, refuses the 61st whatever X-Forwarded-For says', async () => {
    clock.set('2026-12-01T08:00:00.000Z')
    for (let n = 0; n < 60; n++) {
      clock.advance({ minutes: 1 })
      // A forged X-Forwarded-For, different every time: it is not believed without a trusted proxy.
      const response = await submit(uniqueBody(), from('192.0.2.10', { 'X-Forwarded-For': `198.51.100.${n}` }))
      expect(response.status).toBe(201)
    }
    const before = await countRows(context.payload)
    const refused = await submit(uniqueBody(), from('192.0.2.10', { 'X-Forwarded-For': '198.51.100.250' }))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBe(3600 - 59 * 60)
    expect(refused.json.errors[0].message).toMatch(/^Trop de demandes ont été envoyées depuis cette connexion\. Réessaie dans 1 minute\.$/)
    expect(await countRows(context.payload)).toEqual(before)
    // Another address is not affected; the address itself is never stored.
    const other = await submit(uniqueBody(), from('192.0.2.11'))
    expect(other.status).toBe(201)
    const { rows } = await poolOf(context.payload).query('select request_fingerprint from leads where id = $1', [other.json.id])
    expect(rows[0].request_fingerprint).toMatch(/^[\w-]{43}$/)
    expect(JSON.stringify(rows)).not.toContain('192.0.2.11')
  })

  it('refuses the 151st of the day from one address', async () => {
    clock.set('2026-12-02T00:00:00.000Z')
    for (let n = 0; n < 150; n++) {
      clock.advance({ minutes: 9 })
      expect((await submit(uniqueBody(), from('192.0.2.20'))).status).toBe(201)
    }
    const refused = await submit(uniqueBody(), from('192.0.2.20'))
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBe(24 * 3600 - 149 * 9 * 60)
  })

  it('counts one IPv6 /64 as one address', async () => {
    clock.set('2026-12-03T08:00:00.000Z')
    for (let n = 0; n < 60; n++) expect((await submit(uniqueBody(), from(`2001:db8:aa:bb::${(n + 1).toString(16)}`))).status).toBe(201)
    expect((await submit(uniqueBody(), from('2001:db8:aa:bb:ffff::1'))).status).toBe(429)
    expect((await submit(uniqueBody(), from('2001:db8:aa:bc::1'))).status).toBe(201)
  })

  it('behind trusted proxies, counts the right-most untrusted hop: the left-most entry, written by the client, changes nothing', async () => {
    clock.set('2026-12-04T08:00:00.000Z')
    getSettings(context.payload).rateLimits.leadsPerIpPerHour = 3
    try {
      process.env.TRUST_PROXY = '10.0.0.0/8'
      const viaProxy = (forged: string) => submit(uniqueBody(), from('10.0.0.2', { 'X-Forwarded-For': `${forged}, 203.0.113.7, 10.0.0.3` }))
      for (let n = 0; n < 3; n++) expect((await viaProxy(`198.51.100.${n}`)).status).toBe(201)
      expect((await viaProxy('198.51.100.99')).status).toBe(429)
      // The proxy itself is not the client: another client behind it goes through.
      expect((await submit(uniqueBody(), from('10.0.0.2', { 'X-Forwarded-For': '203.0.113.8, 10.0.0.3' }))).status).toBe(201)
      // `TRUST_PROXY=true` (one proxy) keeps its meaning, but now takes the right-most entry.
      process.env.TRUST_PROXY = 'true'
      expect((await submit(uniqueBody(), from('10.0.0.2', { 'X-Forwarded-For': '198.51.100.1, 203.0.113.7' }))).status).toBe(429)
    } finally {
      getSettings(context.payload).rateLimits.leadsPerIpPerHour = 60
    }
  })
})

describe('per-contact limit: a stranger cannot block the owner', () => {
  const acknowledgements = async (leadId: number) =>
    Number(
      (
        await poolOf(context.payload).query(`select count(*) from payload_jobs where input->>'kind' = 'acknowledgement' and (input->>'leadId')::int = $1`, [
          leadId,
        ])
      ).rows[0].count,
    )

  it('five requests with someone else’s phone number block only the stranger’s address', async () => {
    clock.set('2026-12-05T08:00:00.000Z')
    const victim = { email: null, phone: '06 98 76 54 32' }
    for (let n = 0; n < 5; n++) expect((await submit(uniqueBody({ contact: victim }), from('192.0.2.66'))).status).toBe(201)
    const stranger = await submit(uniqueBody({ contact: victim }), from('192.0.2.66'))
    expect(stranger.status).toBe(429)
    expect(stranger.json.errors[0].message).toContain('avec ces coordonnées')
    // The owner, from their own connection, is not blocked.
    const owner = await submit(uniqueBody({ contact: { email: 'vrai.proprietaire@example.org', phone: '+33698765432' } }), from('192.0.2.77'))
    expect(owner.status).toBe(201)
  })

  it('someone typing a victim’s e-mail address from many connections gets the leads through, but the victim gets at most 5 acknowledgements a day', async () => {
    clock.set('2026-12-06T08:00:00.000Z')
    const ids: number[] = []
    for (let n = 0; n < 7; n++) {
      const response = await submit(uniqueBody({ contact: { email: 'victime@example.org', phone: null } }), from(`192.0.2.${100 + n}`))
      expect(response.status).toBe(201)
      ids.push(response.json.id)
    }
    expect(await Promise.all(ids.map(acknowledgements))).toEqual([1, 1, 1, 1, 1, 0, 0])
  })
})

describe('JSON endpoints accept only application/json, and cap their bodies', () => {
  const raw = (path: string, init: RequestInit & { duplex?: 'half' }) => {
    const url = new URL(`http://localhost:3000/api${path}`)
    return REST_POST(context.payload.config)(new Request(url, { method: 'POST', ...init }), {
      params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }),
    })
  }

  it.each(['/boussole/leads', '/boussole/match', '/boussole/leads/1/withdraw'])(
    '%s refuses a cross-site form body (text/plain) with 415 and writes nothing',
    async (path) => {
      const before = await countRows(context.payload)
      const response = await raw(path, { headers: { 'Content-Type': 'text/plain', ...from('192.0.2.150') }, body: JSON.stringify(uniqueBody()) })
      expect(response.status).toBe(415)
      expect((await response.json()).errors[0].message).toContain('JSON')
      expect(await countRows(context.payload)).toEqual(before)
    },
  )

  it('accepts application/json with a charset', async () => {
    const response = await raw('/boussole/leads', {
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...from('192.0.2.151') },
      body: JSON.stringify(uniqueBody()),
    })
    expect(response.status).toBe(201)
  })

  it.each(['/boussole/match', '/boussole/leads'])('%s refuses a body above 64 KB with 413, declared or streamed without Content-Length', async (path) => {
    const big = JSON.stringify({ commune: '46042', theme: 'emploi', answers: { padding: 'x'.repeat(70 * 1024) } })
    const declared = await raw(path, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length) }, body: big })
    expect(declared.status).toBe(413)
    const stream = new ReadableStream({
      start(controller) {
        for (let n = 0; n < 10; n++) controller.enqueue(new TextEncoder().encode(big.slice(n * 8000, (n + 1) * 8000) || ' '))
        controller.enqueue(new TextEncoder().encode(big.slice(80000)))
        controller.close()
      },
    })
    const streamed = await raw(path, { headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' })
    expect(streamed.status).toBe(413)
  })
})

describe('login and forgotten password', () => {
  const login = (email: string, password: string, address: string) => api.rest('POST', '/users/login', { body: { email, password }, headers: from(address) })
  const forgot = (email: string, address: string) => api.rest('POST', '/users/forgot-password', { body: { email }, headers: from(address) })
  const graphqlLogin = (email: string, password: string, address: string) =>
    GRAPHQL_POST(context.payload.config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...from(address) },
        body: JSON.stringify({
          query: 'mutation($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
          variables: { email, password },
        }),
      }),
    )
  const ADMIN = 'admin@boussole.test'

  it('refuses an address after 5 failures on one account, with a French 429 and Retry-After; the owner, elsewhere, still gets in', async () => {
    clock.set('2026-12-07T08:00:00.000Z')
    for (let n = 0; n < 5; n++) expect((await login(ADMIN, `wrong-${n}`, '192.0.2.200')).status).toBe(401)
    const refused = await login(ADMIN, DEMO_PASSWORD, '192.0.2.200')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe(String(15 * 60))
    expect(refused.json.errors[0].message).toMatch(/^Trop de tentatives de connexion depuis cette adresse\. Réessayez dans 15 minutes/)
    // GraphQL is the same operation: throttled too.
    const viaGraphql = await (await graphqlLogin(ADMIN, DEMO_PASSWORD, '192.0.2.200')).json()
    expect(JSON.stringify(viaGraphql)).toContain('Trop de tentatives de connexion')
    // Not locked for everyone: the administrator logs in from their own address.
    expect((await login(ADMIN, DEMO_PASSWORD, '192.0.2.201')).status).toBe(200)
    // 15 minutes later the first address may try again.
    clock.advance({ minutes: 16 })
    expect((await login(ADMIN, DEMO_PASSWORD, '192.0.2.200')).status).toBe(200)
  })

  it('refuses password spraying across accounts (10 failures from one address), existing or not', async () => {
    clock.set('2026-12-07T10:00:00.000Z')
    for (let n = 0; n < 10; n++) {
      const email = n % 2 ? `inconnu-${n}@boussole.test` : ML_LOT_PRO
      expect((await login(email, `Spray-2026-${n}`, '192.0.2.210')).status).toBe(401)
    }
    const unknown = await login('encore-un@boussole.test', 'Spray-2026-x', '192.0.2.210')
    const known = await login(ADMIN, 'Spray-2026-x', '192.0.2.210')
    expect([unknown.status, known.status]).toEqual([429, 429])
    expect(unknown.json).toEqual(known.json)
  })

  it('answers an unknown, a wrongly guessed and a locked account with the same status and text', async () => {
    clock.set('2026-12-07T12:00:00.000Z')
    const unknown = await login('personne@boussole.test', 'Mauvais-2026!', '192.0.2.220')
    const wrong = await login(ML_LOT_PRO, 'Mauvais-2026!', '192.0.2.221')
    await context.payload.db.updateOne({
      collection: 'users',
      where: { email: { equals: ML_LOT_PRO } },
      data: { loginAttempts: 50, lockUntil: new Date(Date.now() + 3_600_000).toISOString() },
    })
    try {
      const locked = await login(ML_LOT_PRO, DEMO_PASSWORD, '192.0.2.222')
      expect([unknown.status, wrong.status, locked.status]).toEqual([401, 401, 401])
      expect(locked.json).toEqual(unknown.json)
      expect(wrong.json).toEqual(unknown.json)
      expect(JSON.stringify(locked.json)).not.toMatch(/verrouill|locked/i)
    } finally {
      await context.payload.db.updateOne({ collection: 'users', where: { email: { equals: ML_LOT_PRO } }, data: { loginAttempts: 0, lockUntil: null } })
    }
  })

  it('the attempt that reaches Payload’s own lock reads like a wrong password too', async () => {
    clock.set('2026-12-07T14:00:00.000Z')
    await context.payload.db.updateOne({ collection: 'users', where: { email: { equals: ML_LOT_PRO } }, data: { loginAttempts: 49, lockUntil: null } })
    try {
      const unknown = await login('personne@boussole.test', 'Mauvais-2026!', '192.0.2.230')
      const locking = await login(ML_LOT_PRO, 'Mauvais-2026!', '192.0.2.231')
      expect(locking.status).toBe(401)
      expect(locking.json).toEqual(unknown.json)
    } finally {
      await context.payload.db.updateOne({ collection: 'users', where: { email: { equals: ML_LOT_PRO } }, data: { loginAttempts: 0, lockUntil: null } })
    }
  })

  it('takes as long for an unknown account as for an existing one (the password-hash work is done for both)', async () => {
    clock.set('2026-12-07T16:00:00.000Z')
    const timed = async (email: string, address: string) => {
      const start = performance.now()
      expect((await login(email, 'Mauvais-2026!', address)).status).toBe(401)
      return performance.now() - start
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const known: number[] = []
    const unknown: number[] = []
    for (let n = 0; n < 5; n++) {
      known.push(await timed(ML_LOT_PRO, `192.0.2.${240 + n}`))
      unknown.push(await timed(`personne-${n}@boussole.test`, `192.0.2.${245 + n}`))
    }
    console.info(`login timings (ms): existing ${known.map(Math.round).join(', ')}; unknown ${unknown.map(Math.round).join(', ')}`)
    // Before: 40–65 ms vs 170–200 ms. Now both do the same pbkdf2 work.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5)
    await context.payload.db.updateOne({ collection: 'users', where: { email: { equals: ML_LOT_PRO } }, data: { loginAttempts: 0, lockUntil: null } })
  })

  it('forgotten password: the same answer for an existing and an unknown account, and at most 5 requests per address', async () => {
    clock.set('2026-12-07T18:00:00.000Z')
    const known = await forgot(ML_LOT_PRO, '192.0.2.250')
    const unknown = await forgot('personne@boussole.test', '192.0.2.250')
    expect([known.status, unknown.status]).toEqual([200, 200])
    expect(known.json).toEqual(unknown.json)
    for (let n = 0; n < 3; n++) expect((await forgot(`x-${n}@boussole.test`, '192.0.2.250')).status).toBe(200)
    const refused = await forgot(ML_LOT_PRO, '192.0.2.250')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBeTruthy()
    expect(refused.json.errors[0].message).toMatch(/^Trop de demandes de réinitialisation/)
  })

  it('calls without a client address (Local API from server code) are not throttled', async () => {
    clock.set('2026-12-07T20:00:00.000Z')
    for (let n = 0; n < 12; n++) {
      await expect(context.payload.login({ collection: 'users', data: { email: 'personne@boussole.test', password: 'x' } })).rejects.toThrow()
    }
    const { token } = await context.payload.login({ collection: 'users', data: { email: ADMIN, password: DEMO_PASSWORD } })
    expect(token).toBeTruthy()
  })
})
