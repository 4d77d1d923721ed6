import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import pg from 'pg'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'

import { JOB_SEEKER } from './helpers/answers'
import { launch, MOBILE, newContext } from './helpers/browser'
import { checkPage } from './helpers/flow'

/**
 * An offer paused « complet jusqu’au … » (demo data: src/seed/offerPause.ts) says so instead of its form and
 * leads to the other offers; the contact form's preferences go through without JavaScript. 360 px, axe clean.
 */
let browser: Browser
let database: pg.Client

beforeAll(async () => {
  browser = await launch()
  database = new pg.Client({ connectionString: process.env.BOUSSOLE_E2E_DATABASE_URL })
  await database.connect()
})
afterAll(async () => {
  await database?.end()
  await browser?.close()
})

const r = (answers: Record<string, unknown>) => Buffer.from(JSON.stringify(answers)).toString('base64url')

async function withPage(options: BrowserContextOptions & { javaScriptEnabled?: boolean }, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await newContext(browser, options)
  try {
    await run(await context.newPage())
  } finally {
    await context.close()
  }
}

const offerId = async (title: string): Promise<number> =>
  (await database.query<{ id: number }>(`select id from offers where title = $1 and status = 'publiee' limit 1`, [title])).rows[0].id

describe('une offre complète', () => {
  test.each([
    ['avec JavaScript', true],
    ['sans JavaScript', false],
  ])(
    '%s : « Complet jusqu’au … » à la place du formulaire, et le chemin vers les autres offres',
    async (_label, javaScriptEnabled) => {
      const id = await offerId('Un deux-roues pour aller travailler ou te former')
      await withPage({ ...MOBILE, javaScriptEnabled }, async (page) => {
        const response = await page.goto(`/offre/${id}?commune=31446&r=${r(JOB_SEEKER)}`)
        expect(response?.status()).toBe(200)
        await expect(page.locator('#demande-titre').innerText()).resolves.toMatch(/^Complet jusqu’au \S+ \d{1,2} \S+ \d{4}$/)
        expect(await page.locator('#lead-email').count()).toBe(0)
        const others = page.locator('#demande a', { hasText: 'Voir les autres offres' })
        expect(await others.getAttribute('href')).toMatch(/^\/commune\/31446\/emploi\/resultats\?r=/)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
        await checkPage(page, `offre-complete-${javaScriptEnabled ? 'js' : 'sans-js'}`)

        // Reached without the young person's answers: the way to a new search.
        await page.goto(`/offre/${id}`)
        expect(await page.locator('#demande a[href="/"]', { hasText: 'Chercher une autre offre' }).count()).toBe(1)
      })
    },
    120_000,
  )
})

test('sans JavaScript : le formulaire avec les préférences de contact s’envoie, et elles sont enregistrées', async () => {
  const id = await offerId('Contrat d’engagement jeune (CEJ)')
  await withPage({ ...MOBILE, javaScriptEnabled: false }, async (page) => {
    await page.goto(`/offre/${id}?commune=46042&r=${r(JOB_SEEKER)}`)
    await expect(page.locator('#lead-channels-legend').innerText()).resolves.toContain('Comment préfères-tu être contacté(e) ?')
    await expect(page.locator('#lead-moments-legend').innerText()).resolves.toContain('À quel moment ?')
    await checkPage(page, 'demande-preferences-sans-js')
    await page.fill('#lead-email', 'preferences.e2e@exemple.fr')
    await page.locator('label[for=lead-channels-sms]').click()
    await page.locator('label[for=lead-channels-appel]').click()
    await page.locator('label[for=lead-moments-soir]').click()
    await page.locator('label[for=lead-consent]').click()
    await Promise.all([page.waitForURL('**/demandes/*/confirmation?token=*'), page.click('button:has-text("Envoyer ma demande")')])
    const { rows } = await database.query<{ channels: string[]; moments: string[] }>(
      `select array(select value::text from leads_contact_preferences_channels c where c.parent_id = l.id order by "order") as channels,
              array(select value::text from leads_contact_preferences_moments m where m.parent_id = l.id order by "order") as moments
         from leads l where l.contact_email = 'preferences.e2e@exemple.fr'`,
    )
    expect(rows).toEqual([{ channels: ['sms', 'appel'], moments: ['soir'] }])
  })
}, 120_000)
