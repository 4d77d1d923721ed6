import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { signedIn, submitCejLead } from './helpers/backOffice'
import { baseUrl, launch, MOBILE, newContext } from './helpers/browser'

/**
 * The back office's plain forms (server actions, they work without JavaScript) posted from another site, as a
 * cross-site request forgery would: the attacker copies the real form (its hidden action fields are the same for every
 * visitor of a build) onto their own page and has a signed-in professional submit it. The proxy compares the request's
 * `Origin` with the site's host, as Next.js does, and answers 403 with a French page (Next.js itself would answer 500);
 * from another site the session cookie (`SameSite=Lax`) is not even sent.
 * Checked on what the database holds afterwards, not on the page.
 */
/** Takes the CEJ's requests. */
const PRO = 'pro.missionlocale46@boussole.test'
/** Records the absence and pauses an offer (an account no other browser test gives an absence). */
const FJT = 'pro.fjt-lot@boussole.test'
let browser: Browser
let database: pg.Client
let attacker: Server
/** The attacker's page, per test: the copied form, its action made absolute. */
let attackerPage = ''

beforeAll(async () => {
  browser = await launch()
  database = new pg.Client({ connectionString: process.env.BOUSSOLE_E2E_DATABASE_URL })
  await database.connect()
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(attackerPage)
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  await new Promise((resolve) => attacker?.close(resolve))
  await database?.end()
  await browser?.close()
})

const attackerPort = () => (attacker.address() as AddressInfo).port

/** The outer HTML of the form matching `selector` on `page`, with its fields set and its action made absolute. */
async function copiedForm(page: Page, selector: string, fields: Record<string, string> = {}): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (form, { origin, values }) => {
        const copy = form.cloneNode(true) as HTMLFormElement
        copy.setAttribute('action', new URL(copy.getAttribute('action') || location.pathname, origin).href)
        copy.setAttribute('method', 'post')
        for (const [name, value] of Object.entries(values)) {
          const field = copy.querySelector<HTMLInputElement>(`[name="${name}"]`)
          if (field) field.setAttribute('value', value)
        }
        copy.id = 'piege'
        return copy.outerHTML
      },
      { origin: baseUrl(), values: fields },
    )
}

/** Opens the attacker's page on `host` (same site as the service when 127.0.0.1, another site when localhost) and submits it. */
async function submitFromAttacker(context: BrowserContext, host: '127.0.0.1' | 'localhost', form: string): Promise<number | undefined> {
  attackerPage = `<!doctype html><html lang="fr"><body><h1>Gagne un scooter !</h1>${form}</body></html>`
  const page = await context.newPage()
  await page.goto(`http://${host}:${attackerPort()}/`)
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST', { timeout: 30_000 }),
    page.locator('#piege button[type=submit]').first().click(),
  ])
  const status = response.status()
  if (status === 403) expect(await page.locator('h1').innerText()).toBe('Formulaire refusé')
  await page.close()
  return status
}

const absenceOf = async (email: string) =>
  (await database.query<{ from: string | null }>(`select absence_from as from from users where email = $1`, [email])).rows[0].from

describe('un formulaire du back-office posté depuis un autre site', () => {
  test.each([
    ['une autre origine du même site (127.0.0.1, autre port)', '127.0.0.1'],
    ['un autre site (localhost)', 'localhost'],
  ] as const)(
    'depuis %s : « Mon absence », « Prendre en charge » et la pause d’une offre sont refusés, rien n’est écrit',
    async (_label, host) => {
      const fjt = await newContext(browser, { ...MOBILE, javaScriptEnabled: false })
      const dashboard = await signedIn(fjt, false, FJT)
      await dashboard.goto('/admin')
      expect(await absenceOf(FJT)).toBeNull()

      const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' })
      const absenceForm = await copiedForm(dashboard, '#mon-absence form', { from: today })
      expect(await submitFromAttacker(fjt, host, absenceForm)).toBe(403)
      expect(await absenceOf(FJT)).toBeNull()

      const pauseForm = await copiedForm(dashboard, '#disponibilite-des-offres li form:has(input[name=until])', { until: today })
      const offerId = await dashboard.locator('#disponibilite-des-offres li form:has(input[name=until]) input[name=offerId]').first().inputValue()
      expect(await submitFromAttacker(fjt, host, pauseForm)).toBe(403)
      const paused = await database.query<{ paused_until: string | null }>(`select paused_until from offers where id = $1`, [offerId])
      expect(paused.rows[0].paused_until).toBeNull()
      await fjt.close()

      const context = await newContext(browser, { ...MOBILE, javaScriptEnabled: false })
      const page = await signedIn(context, false, PRO)
      const { id } = await submitCejLead(database, { phone: host === 'localhost' ? '06 31 42 53 71' : '06 31 42 53 72' })
      await page.goto(`/admin/collections/leads/${id}`)
      const takeForm = await copiedForm(page, '.brp-side form:has(button:text("Prendre en charge"))')
      expect(await submitFromAttacker(context, host, takeForm)).toBe(403)
      const lead = await database.query<{ status: string }>(`select status from leads where id = $1`, [id])
      expect(lead.rows[0].status).toBe('nouvelle')

      // The same form from the service's own page goes through: the refusal is the origin, not a broken copy.
      await Promise.all([page.waitForURL(/fait=take/), page.locator('.brp-side button', { hasText: 'Prendre en charge' }).first().click()])
      expect((await database.query<{ status: string }>(`select status from leads where id = $1`, [id])).rows[0].status).toBe('en_cours')
      await context.close()
    },
    180_000,
  )

  test('a request forged outside a browser with a foreign Origin: 403 and the French page, nothing written', async () => {
    const context = await newContext(browser, { ...MOBILE, javaScriptEnabled: false })
    const page = await signedIn(context, false, FJT)
    await page.goto('/admin')
    const fields = await page
      .locator('#mon-absence form')
      .first()
      .evaluate((form) => [...new FormData(form as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)]))
    const cookies = await context.cookies(baseUrl())
    const body = new URLSearchParams(fields as [string, string][])
    body.set('from', new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }))
    const response = await fetch(`${baseUrl()}/admin`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: 'https://piege.example',
        Cookie: cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
      },
      body,
    })
    expect(response.status).toBe(403)
    const page403 = await response.text()
    expect(page403).toContain('Ce formulaire a été envoyé depuis un autre site')
    expect(page403).not.toMatch(/at async|node_modules/)
    expect(await absenceOf(FJT)).toBeNull()
    await context.close()
  }, 60_000)
})
