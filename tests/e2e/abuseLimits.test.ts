import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import pg from 'pg'

import { baseUrl } from './helpers/browser'

/**
 * The abuse limits against the production server (`next start`), with real sockets: Node's `http.request` with
 * `localAddress: 127.0.0.x` gives each test its own client address, so these requests neither exhaust the
 * limits of the other e2e tests (all from 127.0.0.1) nor depend on them. Proves that route handlers (Payload's
 * `/api/…`) and server actions (the offer page's form) see the socket's address through `src/instrumentation.ts`,
 * that `X-Forwarded-For` and the private header itself cannot be forged, and that both paths share the limits.
 */
interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}

function send(localAddress: string, method: string, path: string, options: { headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Answer> {
  const url = new URL(path, baseUrl())
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, localAddress, headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }))
    })
    request.on('error', reject)
    if (options.body !== undefined) request.write(options.body)
    request.end()
  })
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The hidden fields of the lead form (the offer, the context, and React's server-action fields), read from the page. */
function hiddenFields(html: string): Array<[string, string]> {
  const form = html.slice(html.indexOf('name="offre"') - 3000, html.indexOf('name="consentement"'))
  const fields: Array<[string, string]> = []
  for (const tag of form.match(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = tag.match(/name="([^"]*)"/)?.[1]
    if (name) fields.push([decode(name), decode(tag.match(/value="([^"]*)"/)?.[1] ?? '')])
  }
  return fields
}

let database: pg.Client
let offerPath: string
let formFields: Array<[string, string]>
let serial = 0
const JOB_SEEKER = {
  age: 19,
  situation: 'demandeur_emploi',
  inscriptions: ['mission_locale'],
  projet_emploi: 'emploi',
  diplome: 'bac',
  permis: 'non',
  handicap: 'non',
}

beforeAll(async () => {
  database = new pg.Client({ connectionString: process.env.BOUSSOLE_E2E_DATABASE_URL })
  await database.connect()
  // The offer as the public site finds it: the first result of the matching for this young person in Cahors.
  const match = await send('127.0.0.22', 'POST', '/api/boussole/match', {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ commune: '46042', theme: 'emploi', answers: JOB_SEEKER }),
  })
  expect(match.status).toBe(200)
  const offers = (JSON.parse(match.text) as { offers: Array<{ id: number; title: string }> }).offers
  const offer = offers.find((candidate) => candidate.title === 'Contrat d’engagement jeune (CEJ)') ?? offers[0]
  offerPath = `/offre/${offer.id}?commune=46042&r=${Buffer.from(JSON.stringify(JOB_SEEKER)).toString('base64url')}`
  const page = await send('127.0.0.22', 'GET', offerPath)
  expect({ path: offerPath, status: page.status }).toEqual({ path: offerPath, status: 200 })
  formFields = hiddenFields(page.text)
  expect(formFields.map(([name]) => name)).toEqual(expect.arrayContaining(['offre', 'commune', 'r', 'cle']))
})
afterAll(async () => {
  await database?.end()
})

const FORGED = (n: number) => ({ 'X-Forwarded-For': `198.51.100.${n % 250}`, 'X-Boussole-Peer-Address': `forged 198.51.100.${n % 250}` })

/** The JSON endpoint, as a widget or a script would call it. */
const submitJson = (localAddress: string, extraHeaders: Record<string, string> = {}) =>
  send(localAddress, 'POST', '/api/boussole/leads', {
    headers: { 'Content-Type': 'application/json', ...extraHeaders },
    body: JSON.stringify({
      offer: Number(formFields.find(([name]) => name === 'offre')?.[1]),
      commune: '46042',
      answers: JOB_SEEKER,
      contact: { email: `e2e-limite-${++serial}@example.org`, phone: null },
      consent: true,
      website: '',
    }),
  })

/** The offer page's form without JavaScript: a multipart POST to the server action, as a browser sends it. */
async function submitForm(localAddress: string, extraHeaders: Record<string, string> = {}): Promise<Answer> {
  const form = new FormData()
  for (const [name, value] of formFields) form.append(name, name === 'cle' ? randomUUID() : value)
  form.append('email', `e2e-formulaire-${++serial}@example.org`)
  form.append('telephone', '')
  form.append('website', '')
  form.append('consentement', 'oui')
  const encoded = new Request('http://localhost/', { method: 'POST', body: form })
  return send(localAddress, 'POST', offerPath, {
    headers: { 'Content-Type': encoded.headers.get('content-type') as string, Origin: new URL(baseUrl()).origin, ...extraHeaders },
    body: Buffer.from(await encoded.arrayBuffer()),
  })
}

describe('per-address limit of lead submissions, on the production server', () => {
  test('the JSON endpoint and the form share one bucket per socket address; forged headers do not escape it', async () => {
    const client = '127.0.0.23'
    for (let n = 0; n < 30; n++) {
      const json = await submitJson(client, FORGED(n))
      expect(json.status).toBe(201)
      const form = await submitForm(client, FORGED(n + 100))
      expect(form.status).toBe(303)
      expect(form.headers.location).toMatch(/^\/demandes\/\d+\/confirmation\?token=/)
    }
    // The 61st of the hour from this address, through either path, whatever X-Forwarded-For or the private header say.
    const json = await submitJson(client, FORGED(250))
    expect(json.status).toBe(429)
    expect(Number(json.headers['retry-after'])).toBeGreaterThan(3000)
    expect(JSON.parse(json.text).errors[0].message).toMatch(/^Trop de demandes ont été envoyées depuis cette connexion/)
    const form = await submitForm(client, FORGED(251))
    expect(form.status).toBe(200)
    expect(form.text).toContain('Trop de demandes ont été envoyées depuis cette connexion')

    // Every lead of this address has the same fingerprint; another address is not affected.
    const { rows } = await database.query<{ fingerprints: number; leads: number }>(
      `select count(distinct request_fingerprint)::int as fingerprints, count(*)::int as leads from leads where (contact_email like 'e2e-limite-%' or contact_email like 'e2e-formulaire-%') and request_fingerprint is not null`,
    )
    expect(rows[0]).toEqual({ fingerprints: 1, leads: 60 })
    expect((await submitJson('127.0.0.24', FORGED(1))).status).toBe(201)
    expect((await submitForm('127.0.0.24')).status).toBe(303)
  }, 180_000)

  test('a cross-site HTML form (text/plain) cannot reach the JSON endpoint', async () => {
    const response = await send('127.0.0.27', 'POST', '/api/boussole/leads', { headers: { 'Content-Type': 'text/plain' }, body: '{"offer":1}' })
    expect(response.status).toBe(415)
  })
})

describe('login throttling per client address, on the production server', () => {
  const login = (localAddress: string, password: string) =>
    send(localAddress, 'POST', '/api/users/login', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@boussole.test', password }),
    })

  test('five failures from one address stop that address, not the administrator elsewhere', async () => {
    const failures: string[] = []
    for (let n = 0; n < 5; n++) {
      const failed = await login('127.0.0.25', `Mauvais-${n}`)
      expect(failed.status).toBe(401)
      failures.push(failed.text)
    }
    // The same French answer as for an account that does not exist.
    const unknown = await send('127.0.0.28', 'POST', '/api/users/login', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'personne@boussole.test', password: 'Mauvais-0' }),
    })
    expect(unknown.status).toBe(401)
    expect(new Set([...failures, unknown.text])).toEqual(new Set([unknown.text]))
    expect(JSON.parse(unknown.text).errors[0].message).toMatch(/incorrect/)
    const refused = await login('127.0.0.25', 'Boussole-demo-2026!')
    expect(refused.status).toBe(429)
    expect(refused.headers['retry-after']).toBeDefined()
    expect(refused.text).toContain('Trop de tentatives de connexion')
    expect((await login('127.0.0.26', 'Boussole-demo-2026!')).status).toBe(200)
  }, 60_000)
})

describe('refusals keep their French message in the production bundle', () => {
  // Payload words an error thrown without `data` from its class name, which the production bundle drops: without
  // the config's afterError hook this answer would be « An unknown error occurred. ».
  test('a deactivated account that signs in with its right password is told why, in French', async () => {
    const email = 'pro.missionlocale-sicoval@boussole.test'
    await database.query('update users set active = false where email = $1', [email])
    try {
      const refused = await send('127.0.0.29', 'POST', '/api/users/login', {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'Boussole-demo-2026!' }),
      })
      expect({ status: refused.status, message: JSON.parse(refused.text).errors?.[0]?.message }).toEqual({
        status: 403,
        message: "Ce compte a été désactivé. Contactez l'animateur ou l'animatrice de votre territoire.",
      })
    } finally {
      await database.query('update users set active = true where email = $1', [email])
    }
  }, 60_000)
})
