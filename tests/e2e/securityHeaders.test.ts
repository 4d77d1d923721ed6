import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { startNextServer } from '../../scripts/lib/nextServer'
import { baseUrl, DESKTOP, launch, MOBILE, newContext } from './helpers/browser'
import { E2E_SECRET } from './setup/environment'

/**
 * The security headers on every kind of route of the production server (`next start`), the policies holding
 * in a real browser with zero Content-Security-Policy violation (public flow with and without JavaScript,
 * back office login, dashboard, an offer's edit view, the validation queue), and 404 for unknown back-office
 * addresses.
 */
let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const PASSWORD = 'Boussole-demo-2026!'

async function get(path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000), ...init })
  const body = await response.text()
  return { status: response.status, headers: response.headers, body }
}

const directives = (policy: string | null) =>
  Object.fromEntries(
    (policy ?? '').split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )

function expectConstantHeaders(headers: Headers, referrer = 'strict-origin-when-cross-origin') {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('x-frame-options')).toBe('DENY')
  expect(headers.get('referrer-policy')).toBe(referrer)
  expect(headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin')
  // PUBLIC_URL is http in the e2e environment: no HSTS (see the https server below).
  expect(headers.get('strict-transport-security')).toBeNull()
  expect(headers.get('x-powered-by')).toBeNull()
}

/** A page's policy: this response's nonce for scripts, never inline scripts, never framed. Returns the nonce. */
function expectPagePolicy(headers: Headers): string {
  const policy = directives(headers.get('content-security-policy'))
  const nonce = /^'nonce-([A-Za-z0-9+/=]+)'$/.exec(policy['script-src']?.find((source: string) => source.startsWith("'nonce-")) ?? '')?.[1]
  expect(nonce).toBeTruthy()
  expect(policy['script-src']).toContain("'strict-dynamic'")
  expect(policy['script-src']).not.toContain("'unsafe-inline'")
  expect(policy['script-src']).not.toContain("'unsafe-eval'")
  expect(policy['frame-ancestors']).toEqual(["'none'"])
  expect(policy['object-src']).toEqual(["'none'"])
  return nonce!
}

function expectResourcePolicy(headers: Headers) {
  const policy = directives(headers.get('content-security-policy'))
  expect(policy['default-src']).toEqual(["'none'"])
  expect(policy['frame-ancestors']).toEqual(["'none'"])
}

describe('les en-têtes de sécurité sur chaque route du serveur de production', () => {
  test.each<[string, number, string | undefined]>([
    ['/', 200, undefined],
    ['/comment-ca-marche', 200, undefined],
    ['/commune/46042', 200, undefined],
    ['/recherche?q=cahors', 200, undefined],
    ['/page-qui-n-existe-pas', 404, undefined],
    ['/lien-invalide', 400, undefined],
    ['/commune/46042?invalide=1', 400, undefined],
    ['/demandes/1?token=faux', 404, 'same-origin'],
    ['/demandes/1/confirmation', 404, 'same-origin'],
    ['/demandes/1/suivi?token=faux', 404, 'same-origin'],
    ['/demandes/1/retrait?token=faux', 404, 'same-origin'],
    ['/admin/login', 200, undefined],
    ['/admin/forgot', 200, undefined],
  ])('page %s (%i)', async (path, status, referrer) => {
    const response = await get(path)
    expect(response.status).toBe(status)
    expectConstantHeaders(response.headers, referrer)
    const nonce = expectPagePolicy(response.headers)
    // Every script of the page carries this response's nonce (Next.js's own and the DSFR's inline one).
    const scripts = [...response.body.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag)
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  })

  test('a fresh nonce on every response', async () => {
    const nonces = new Set<string>()
    for (let index = 0; index < 5; index++) nonces.add(expectPagePolicy((await get('/')).headers))
    expect(nonces.size).toBe(5)
  })

  test('a nonce sent by the client is never used', async () => {
    const response = await get('/', { headers: { 'x-nonce': 'xNonceDuClient', 'Content-Security-Policy': "script-src 'nonce-cspDuClient'" } })
    expect(expectPagePolicy(response.headers)).not.toBe('xNonceDuClient')
    expect(response.body).not.toMatch(/xNonceDuClient|cspDuClient/)
  })

  test('the proxy’s redirect and the back office’s home carry them too', async () => {
    const malformed = await get('/offre/%FF')
    expect(malformed.status).toBe(307)
    expect(malformed.headers.get('location')).toMatch(/\/lien-invalide$/)
    expectConstantHeaders(malformed.headers)
    // Payload sends a visitor to its login page from the streamed page (status 200).
    const admin = await get('/admin')
    expect(admin.status).toBe(200)
    expectConstantHeaders(admin.headers)
    expectPagePolicy(admin.headers)
  })

  test.each<[string, RequestInit, number]>([
    ['/api/boussole/communes?q=cahors', {}, 200],
    ['/api/boussole/communes?q=c', {}, 400],
    ['/api/users/me', {}, 200],
    ['/api/offers?limit=1', {}, 200],
    ['/api/inconnu', {}, 404],
    ['/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }, 200],
    ['/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'x@y.fr', password: 'non' }) }, 401],
  ])('API %s', async (path, init, status) => {
    const response = await get(path, init)
    expect(response.status).toBe(status)
    expectConstantHeaders(response.headers)
    expectResourcePolicy(response.headers)
  })

  test('the framework’s static files and the favicon', async () => {
    const home = await get('/')
    // The public pages' one script (/assets/site.js, no framework script: see server.ts), the stylesheet, a font.
    const scriptPath = /<script[^>]+src="(\/assets\/site\.js\?v=[^"]+)"/.exec(home.body)?.[1]
    const stylePath = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(home.body)?.[1]
    const fontPath = /<link[^>]+href="(\/_next\/static\/[^"]+\.woff2)"/.exec(home.body)?.[1]
    for (const path of [scriptPath!, stylePath!, fontPath!, '/_next/static/inconnu.js']) {
      expect(path).toBeTruthy()
      const response = await get(path)
      expect([200, 404]).toContain(response.status)
      expectConstantHeaders(response.headers)
      expectResourcePolicy(response.headers)
    }
  })
})

describe('les adresses inconnues du back-office répondent 404', () => {
  test.each(['/admin/nimportequoi', '/admin/collections/inconnue', '/admin/collections/inconnue/3', '/admin/login/en-trop', '/admin/globals/inconnu'])(
    '%s, sans être connecté',
    async (path) => {
      const response = await get(path)
      expect(response.status).toBe(404)
      expectConstantHeaders(response.headers)
      expectPagePolicy(response.headers)
    },
  )

  test('the same signed in, while the real addresses still answer', async () => {
    const login = await fetch(`${baseUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@boussole.test', password: PASSWORD }),
    })
    const { token } = (await login.json()) as { token: string }
    const headers = { Cookie: `payload-token=${token}` }
    for (const path of ['/admin/nimportequoi', '/admin/collections/inconnue']) expect((await get(path, { headers })).status).toBe(404)
    for (const path of ['/admin', '/admin/collections/offers', '/admin/validation', '/admin/annuaire', '/admin/account']) {
      expect([path, (await get(path, { headers })).status]).toEqual([path, 200])
    }
  })
})

/** Records every CSP violation a page reports (the event, and Chromium's console message). */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => violations.push(text))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  context.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  return violations
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
}

describe('aucune violation de la politique dans un vrai navigateur', () => {
  test('le parcours public avec JavaScript (autocomplétion, questions, résultats)', async () => {
    const context = await newContext(browser, MOBILE)
    const violations = await watchViolations(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/')
    await settle(page)
    // The site's script ran: the DSFR's part (its colour scheme attribute) and the autocomplete (the combobox).
    await expect(page.getAttribute('html', 'data-fr-theme')).resolves.toMatch(/light|dark/)
    const input = page.locator('#commune-q')
    await expect(input.getAttribute('role')).resolves.toBe('combobox')
    await input.pressSequentially('Cahors', { delay: 30 })
    await page.locator('[role=option]', { hasText: 'Cahors (46000)' }).click()
    await Promise.all([page.waitForURL('**/commune/46042'), page.click('#contenu button[type=submit]')])
    await settle(page)
    await Promise.all([page.waitForURL(/\/emploi\/questions$/), page.locator('.fr-tile a', { hasText: 'Emploi' }).click()])
    await settle(page)
    await page.fill('#contenu input[name="reponse.age"]', '19')
    await Promise.all([page.waitForLoadState('load'), page.locator('#contenu button[type=submit]', { hasText: 'Continuer' }).click()])
    await settle(page)
    await page.goto('/comment-ca-marche')
    await settle(page)
    expect(errors).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  }, 120_000)

  test('le parcours public sans JavaScript', async () => {
    const context = await newContext(browser, { ...DESKTOP, javaScriptEnabled: false })
    const violations = await watchViolations(context)
    const page = await context.newPage()
    await page.goto('/')
    await page.fill('#commune-q', '46000')
    await Promise.all([page.waitForURL(/\/recherche\?q=46000/), page.click('#contenu button[type=submit]')])
    await Promise.all([
      page.waitForURL('**/commune/46042'),
      page
        .locator('#contenu a', { hasText: /^Cahors/ })
        .first()
        .click(),
    ])
    await Promise.all([page.waitForURL(/\/emploi\/questions$/), page.locator('.fr-tile a', { hasText: 'Emploi' }).click()])
    await expect(page.locator('#contenu h1, #contenu legend h1').first().innerText()).resolves.toBeTruthy()
    expect(violations).toEqual([])
    await context.close()
  }, 120_000)

  test('le back-office : connexion, tableau de bord, liste et fiche d’une offre (éditeur Lexical), file de validation', async () => {
    const context = await newContext(browser, DESKTOP)
    const violations = await watchViolations(context)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/admin/login')
    await settle(page)
    await page.locator('input[name="email"]').fill('admin@boussole.test')
    await page.locator('input[name="password"]').fill(PASSWORD)
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'), { timeout: 60_000 })
    await settle(page)
    await page.goto('/admin/collections/offers')
    await settle(page)
    await page.locator('table tbody tr a').first().click()
    await page.waitForURL(/\/admin\/collections\/offers\/\d+/)
    await page.locator('[data-lexical-editor="true"]').first().waitFor()
    await settle(page)
    await page.goto('/admin/validation')
    await settle(page)
    expect(errors).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  }, 180_000)
})

describe('HSTS quand l’adresse publique est en https', () => {
  test('every page and file of a server whose PUBLIC_URL is https carries Strict-Transport-Security', async () => {
    const server = await startNextServer({
      env: {
        DATABASE_URL: process.env.BOUSSOLE_E2E_DATABASE_URL!,
        DATABASE_POOL_SIZE: '2',
        PAYLOAD_SECRET: E2E_SECRET,
        PUBLIC_URL: 'https://boussole.example',
        BOUSSOLE_JOBS_AUTORUN: 'false',
      },
      readyPath: '/comment-ca-marche',
    })
    try {
      for (const path of ['/', '/admin/login', '/demandes/1/confirmation', '/favicon.ico']) {
        const response = await fetch(`${server.baseUrl}${path}`, { redirect: 'manual' })
        expect([path, response.headers.get('strict-transport-security')]).toEqual([path, 'max-age=63072000; includeSubDomains'])
      }
    } finally {
      await server.stop()
    }
  }, 180_000)
})
