import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'

import { freePort, startNextServer } from '../../scripts/lib/nextServer'
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidcProvider'
import { axe, baseUrl, describeViolations, DESKTOP, screenshot, useBrowser } from './helpers/browser'
import { E2E_SECRET } from './setup/environment'

/**
 * « S’identifier avec ProConnect » in a real browser on the production build: the e2e site (ProConnect not
 * configured) shows no button and answers 404; a second `next start` configured with a real OpenID Connect
 * provider (`oidc-provider`, as ProConnect: code flow, PKCE, signed userinfo) lets a partner in through the
 * provider to their dashboard and out of both sessions, and sends an unknown agent back to the login page with the
 * French message.
 */
const browser = useBrowser()
let provider: TestOidcProvider
let server: { baseUrl: string; stop: () => Promise<void> }

beforeAll(async () => {
  provider = await startOidcProvider()
  const port = await freePort()
  const site = `http://127.0.0.1:${port}`
  provider.useRedirectUri(`${site}/api/users/proconnect/callback`)
  const logs = path.resolve('tests/artifacts/logs')
  mkdirSync(logs, { recursive: true })
  const log = createWriteStream(path.join(logs, 'proconnect-next-start.log'))
  server = await startNextServer({
    port,
    env: {
      DATABASE_URL: process.env.BOUSSOLE_E2E_DATABASE_URL!,
      DATABASE_POOL_SIZE: '2',
      PAYLOAD_SECRET: E2E_SECRET,
      PUBLIC_URL: site,
      BOUSSOLE_JOBS_AUTORUN: 'false',
      PROCONNECT_ISSUER: provider.issuer,
      PROCONNECT_CLIENT_ID: provider.clientId,
      PROCONNECT_CLIENT_SECRET: provider.clientSecret,
    },
    readyPath: '/admin/login',
    onOutput: (chunk) => log.write(chunk),
  })
}, 180_000)
afterAll(async () => {
  await server?.stop()
  await provider?.close()
})

describe('ProConnect off (the e2e site has no PROCONNECT_* variables)', () => {
  test('the login page has no ProConnect button and the endpoints answer 404', async () => {
    const context = await browser().newContext({ ...DESKTOP, baseURL: baseUrl(), locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').waitFor()
    expect(await page.getByText('S’identifier avec ProConnect').count()).toBe(0)
    for (const path of ['/api/users/proconnect/login', '/api/users/proconnect/callback?code=x&state=y']) {
      expect((await fetch(`${baseUrl()}${path}`, { redirect: 'manual' })).status).toBe(404)
    }
    await context.close()
  }, 60_000)
})

describe('ProConnect on', () => {
  test('a partner signs in through ProConnect to their dashboard; an unknown agent is sent back with the message', async () => {
    const context = await browser().newContext({ ...DESKTOP, baseURL: server.baseUrl, locale: 'fr-FR' })
    context.setDefaultTimeout(30_000)
    const page = await context.newPage()
    await page.goto('/admin/login')
    const button = page.getByRole('link', { name: 'S’identifier avec ProConnect' })
    await button.waitFor()
    await page.locator('input[name="email"]').waitFor()
    await screenshot(page, 'proconnect-01-connexion')
    const violations = (await axe(page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    expect(describeViolations(violations)).toBe('')

    provider.signInAs({ email: 'pro.missionlocale46@boussole.test', given_name: 'Camille', usual_name: 'Durand' })
    await button.click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.getByText('Demandes à traiter').first().waitFor()
    const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user: { email: string } | null })
    expect(me.user?.email).toBe('pro.missionlocale46@boussole.test')
    const session = (await context.cookies()).find((cookie) => cookie.name === 'payload-token')
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    await screenshot(page, 'proconnect-02-tableau-de-bord')

    // « Se déconnecter » ends the Boussole session, then the ProConnect one (the provider asks for confirmation),
    // and comes back to the login page.
    const logOut = page.locator('form[action="/api/users/proconnect/logout"] button')
    // The side menu may be closed (its content then is `inert`): opened first, as a person would.
    if (await logOut.evaluate((element) => Boolean(element.closest('[inert]')))) await page.locator('.nav-toggler').first().click()
    await logOut.click()
    await page.waitForURL((url) => url.origin === provider.issuer, { timeout: 60_000 })
    await page.locator('button[value="yes"]').click()
    await page.waitForURL((url) => url.origin === server.baseUrl && url.pathname.startsWith('/admin/login'), { timeout: 60_000 })
    expect((await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user: unknown })).user).toBeNull()
    // Signed out at ProConnect too: the next « S’identifier avec ProConnect » asks who signs in again.
    expect((await context.cookies(provider.issuer)).find((cookie) => cookie.name === '_session')).toBeUndefined()

    await context.close()

    // Another agent, in another browser.
    const other = await browser().newContext({ ...DESKTOP, baseURL: server.baseUrl, locale: 'fr-FR' })
    other.setDefaultTimeout(30_000)
    const otherPage = await other.newPage()
    await otherPage.goto('/admin/login')
    provider.signInAs({ email: 'agent.inconnu@travail.gouv.fr' })
    await otherPage.getByRole('link', { name: 'S’identifier avec ProConnect' }).click()
    await otherPage.waitForURL((url) => url.pathname === '/admin/login' && url.searchParams.has('proconnect'))
    await expect(otherPage.locator('#proconnect-message').textContent()).resolves.toBe(
      'Aucun compte Boussole n’est associé à agent.inconnu@travail.gouv.fr : demandez une invitation à l’animation de votre territoire.',
    )
    await screenshot(otherPage, 'proconnect-03-compte-inconnu')
    await other.close()
  }, 180_000)
})
