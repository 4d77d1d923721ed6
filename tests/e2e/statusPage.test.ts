import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { shortCode } from '../../src/plugins/boussole/leads/shortLinks'
import { leadToken } from '../../src/plugins/boussole/leads/signatures'
import { JOB_SEEKER } from './helpers/answers'
import { baseUrl, MOBILE, newContext, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'
import { checkPage } from './helpers/flow'
import { PAYLOAD_SECRET_DIGEST } from './setup/environment'

/**
 * The young person's own page for their request (`/demandes/<id>?token=…`), on a small phone without JavaScript:
 * past the committed date, the other matching offers asked in one tap; on the new request's page, « je n'en ai plus
 * besoin ». Every page axe-clean and 360 px wide.
 */
const browser = useBrowser()
const database = useDatabase()

const statusPath = (id: number, token = leadToken(PAYLOAD_SECRET_DIGEST, id, 'status')) => `/demandes/${id}?token=${token}`

/** A phone-only request for the Lot's CEJ, through the public API. */
async function submitCejLead(phone: string): Promise<number> {
  const offer = await database.query<{ id: number }>(
    `select o.id from offers o join territories t on t.id = o.territory_id where o.title = 'Contrat d’engagement jeune (CEJ)' and t.slug = 'lot' limit 1`,
  )
  const response = await fetch(`${baseUrl()}/api/boussole/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ offer: offer.rows[0].id, commune: '46042', answers: JOB_SEEKER, contact: { phone }, consent: true }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: number }).id
}

const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe('la page de ma demande', () => {
  test('sans JavaScript, sur un petit téléphone : délai dépassé → une autre offre en un clic → « je n’en ai plus besoin »', async () => {
    const id = await submitCejLead('06 21 43 65 87')
    // The committed date has passed and nobody took the request.
    await database.query(`update leads set due_at = now() - interval '1 day' where id = $1`, [id])

    const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(statusPath(id))
    const overdue = await page.locator('#contenu').innerText()
    expect(overdue).toContain('Délai dépassé')
    expect(overdue).toContain('Le délai est dépassé')
    expect(overdue).toContain('D’autres offres pour toi')
    expect(overdue).toContain('Ton point Info Jeunes')
    expect(overdue).toContain('Retirer ma demande et effacer mes coordonnées')
    expect(await fitsThePhone(page)).toBeLessThanOrEqual(360)
    await checkPage(page, 'statut-nojs-mobile-01-delai-depasse')

    // One tap: a new request for another matching offer, then its confirmation.
    const ask = page.locator('#contenu button', { hasText: 'Demander cette offre' })
    expect(await ask.count()).toBeGreaterThan(0)
    await Promise.all([page.waitForURL(/\/demandes\/\d+\/confirmation\?token=/), ask.first().click()])
    const newId = Number(/\/demandes\/(\d+)\//.exec(page.url())![1])
    expect(newId).not.toBe(id)

    // The confirmation links to the new request's own page: « envoyée ».
    await Promise.all([page.waitForURL(/\/demandes\/\d+\?token=/), page.click('text=Voir la page de ma demande')])
    await expect(page.locator('#contenu').innerText()).resolves.toContain('Envoyée : ')
    expect(await page.locator('#contenu', { hasText: 'D’autres offres pour toi' }).count()).toBe(0)
    expect(await fitsThePhone(page)).toBeLessThanOrEqual(360)
    await checkPage(page, 'statut-nojs-mobile-02-envoyee')

    // « Je n'en ai plus besoin » asks first (RGAA 11.12): « Non » goes back with nothing changed, « Oui » ends it.
    await Promise.all([page.waitForURL(/\/plus-besoin\?token=/), page.click('#contenu a:has-text("Je n’en ai plus besoin")')])
    await checkPage(page, 'statut-nojs-mobile-03-plus-besoin')
    await Promise.all([page.waitForURL(/\/demandes\/\d+\?token=/), page.click('#contenu a:has-text("Non, revenir à ma demande")')])
    expect((await database.query<{ status: string }>('select status from leads where id = $1', [newId])).rows[0].status).not.toBe('cloturee')
    await Promise.all([page.waitForURL(/\/plus-besoin\?token=/), page.click('#contenu a:has-text("Je n’en ai plus besoin")')])
    await Promise.all([page.waitForURL(/fait=plus-besoin/), page.click('#contenu button:has-text("Oui, terminer ma demande")')])
    const closed = await page.locator('#contenu').innerText()
    expect(closed).toContain('C’est noté')
    expect(closed).toContain('Terminée : tu n’en avais plus besoin.')
    expect(await page.locator('#contenu a', { hasText: 'Je n’en ai plus besoin' }).count()).toBe(0)
    await checkPage(page, 'statut-nojs-mobile-04-terminee')
    const stored = await database.query<{ status: string; outcome: string }>('select status, outcome from leads where id = $1', [newId])
    expect(stored.rows[0]).toEqual({ status: 'cloturee', outcome: 'pas_interessee' })
    await context.close()
  }, 120_000)

  test('un lien altéré ou fait pour une autre page est une page introuvable (404)', async () => {
    const id = await submitCejLead('06 98 76 54 31')
    const context = await newContext(browser(), MOBILE)
    const page = await context.newPage()
    for (const token of ['', 'abc', leadToken(PAYLOAD_SECRET_DIGEST, id, 'withdraw'), leadToken(PAYLOAD_SECRET_DIGEST, id + 1, 'status')]) {
      expect((await page.goto(statusPath(id, token)))?.status()).toBe(404)
    }
    expect((await page.goto(statusPath(id)))?.status()).toBe(200)
    await context.close()
  }, 60_000)

  test('le lien court d’un SMS (/r/…) mène à la page signée de la demande ; un code forgé est une page introuvable', async () => {
    const id = await submitCejLead('06 47 47 47 47')
    const good = shortCode(PAYLOAD_SECRET_DIGEST, id, 'status')
    const followed = await fetch(`${baseUrl()}/r/${good}`, { redirect: 'manual' })
    expect([303, 307, 308]).toContain(followed.status)
    expect(new URL(followed.headers.get('location')!, baseUrl()).pathname + new URL(followed.headers.get('location')!, baseUrl()).search).toBe(statusPath(id))
    for (const code of [
      shortCode('autre-secret', id, 'status'),
      `${id.toString(36)}s${shortCode(PAYLOAD_SECRET_DIGEST, id + 1, 'status').slice(-16)}`,
      'abc',
      `${good}x`,
    ]) {
      expect((await fetch(`${baseUrl()}/r/${encodeURIComponent(code)}`, { redirect: 'manual' })).status).toBe(404)
    }
  }, 60_000)
})
