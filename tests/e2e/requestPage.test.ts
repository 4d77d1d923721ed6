import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { JOB_SEEKER } from './helpers/answers'
import { seriousViolations, signedIn } from './helpers/backOffice'
import { baseUrl, MOBILE, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'

/**
 * The professional's page for a request (`/admin/collections/leads/:id`) on a 360 px phone, with and without
 * JavaScript: it reads like a request (no « Profile 01 » drag handles), and the professional takes it, assigns it,
 * closes it with plain forms. No serious or critical axe violation.
 */
const PRO = 'pro.missionlocale46@boussole.test'
const browser = useBrowser()
const database = useDatabase()

/** A phone-only request for the Lot's CEJ (Mission Locale du Lot), through the public API, with contact preferences. */
async function submitCejLead(phone: string): Promise<number> {
  const offer = await database.query<{ id: number }>(
    `select o.id from offers o join territories t on t.id = o.territory_id where o.title = 'Contrat d’engagement jeune (CEJ)' and t.slug = 'lot' limit 1`,
  )
  const response = await fetch(`${baseUrl()}/api/boussole/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      offer: offer.rows[0].id,
      commune: '46042',
      answers: JOB_SEEKER,
      contact: { phone },
      contactPreferences: { channels: ['sms', 'appel'], moments: ['soir'] },
      consent: true,
    }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: number }).id
}

const request = (page: Page) => page.locator('.brp').innerText()

async function submit(page: Page, button: string, done: string): Promise<void> {
  await Promise.all([page.waitForURL(new RegExp(`fait=${done}`)), page.locator('.brp-side button', { hasText: button }).first().click()])
}

describe('la page d’une demande, côté professionnel', () => {
  test.each([
    ['avec JavaScript', true, '06 31 42 53 64'],
    ['sans JavaScript', false, '06 31 42 53 65'],
  ])(
    '%s, à 360 px : lire la demande, la prendre en charge, se l’attribuer, la clôturer',
    async (mode, javaScript, phone) => {
      const id = await submitCejLead(phone)
      const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: javaScript })
      const page = await signedIn(context, javaScript, PRO)
      await page.goto(`/admin/collections/leads/${id}`)

      const text = await request(page)
      expect(text).toContain('Qui')
      expect(text).toContain('Préfère être contacté(e) par SMS ou appel, le soir.')
      expect(text).toContain('Contrat d’engagement jeune (CEJ)')
      expect(text).toContain('Sa situation')
      expect(text).toContain('Demande reçue')
      expect(await page.locator(`.brp a[href^="tel:"]`).count()).toBe(1)
      const whole = await page.locator('body').innerText()
      expect(whole).not.toMatch(/Profile 01|History 01/)
      expect(await page.evaluate(() => document.querySelector('.brp')!.getBoundingClientRect().right)).toBeLessThanOrEqual(360)
      expect(await seriousViolations(page)).toBe('')
      await screenshot(page, `requestPage-${javaScript ? 'js' : 'nojs'}-01-nouvelle`)

      await submit(page, 'Prendre en charge', 'take')
      await expect(page.locator('#resultat').innerText()).resolves.toBe('Demande prise en charge.')
      await expect(request(page)).resolves.toContain('Prise en charge')

      await submit(page, 'Me l’attribuer', 'assign')
      await expect(page.locator('#resultat').innerText()).resolves.toBe('Attribution enregistrée.')
      await expect(request(page)).resolves.toMatch(/Attribuée à /)

      // The dashboard: « Mes demandes » lists it, « Suivie par » says who.
      const { rows } = await database.query<{ reference: string }>(`select reference from leads where id = $1`, [id])
      await page.goto('/admin?mes=1')
      const mine = page.locator('.boussole-inbox tr', { hasText: rows[0].reference })
      await expect(mine.innerText()).resolves.toContain('SMS, appel · le soir')
      await expect(page.locator('.boussole-inbox th', { hasText: 'Suivie par' }).count()).resolves.toBeGreaterThan(0)
      await page.goto(`/admin/collections/leads/${id}`)

      await page.selectOption('#brp-outcome', 'rdv_fixe')
      await page.fill('#brp-comment', `Rendez-vous fixé (${mode}).`)
      await submit(page, 'Clôturer', 'close')
      await expect(page.locator('#resultat').innerText()).resolves.toBe('Demande clôturée.')
      const closed = await request(page)
      expect(closed).toContain('Rendez-vous fixé')
      expect(await seriousViolations(page)).toBe('')
      await screenshot(page, `requestPage-${javaScript ? 'js' : 'nojs'}-02-cloturee`)

      const stored = await database.query<{ status: string; assignee_id: number | null }>(`select status, assignee_id from leads where id = $1`, [id])
      expect(stored.rows[0].status).toBe('cloturee')
      expect(stored.rows[0].assignee_id).not.toBeNull()
      await context.close()
    },
    180_000,
  )

  test('an animator of another territory does not see it: back to the list, « not found »', async () => {
    const id = await submitCejLead('06 31 42 53 66')
    const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: false })
    const page = await signedIn(context, false, 'animateur.sicoval@boussole.test')
    await page.goto(`/admin/collections/leads/${id}`)
    expect(page.url()).toContain(`notFound=${id}`)
    expect(await page.locator('.brp').count()).toBe(0)
    await context.close()
  }, 60_000)
})
