import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import pg from 'pg'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { formatDateTime } from '@/domain/shared/frenchDates'

import { signedIn, submitCejLead } from './helpers/backOffice'
import { DESKTOP, launch, newContext, screenshot } from './helpers/browser'

/**
 * The admin's small defects met opening « Grand Reims » (issue #13): dates typed the French way, the EPCI
 * picker finding an EPCI by its SIREN, wording that reads well, list columns shown with the page.
 */
const ANIMATOR = 'animateur.lot@boussole.test'
const ADMIN = 'admin@boussole.test'

let browser: Browser
let database: pg.Client
let context: BrowserContext
let charter: { id: number; signedAt: Date | null }

beforeAll(async () => {
  browser = await launch()
  database = new pg.Client({ connectionString: process.env.BOUSSOLE_E2E_DATABASE_URL })
  await database.connect()
  const { rows } = await database.query<{ id: number; signed_at: Date | null }>(
    `select c.id, c.signed_at from charters c join charters_rels r on r.parent_id = c.id and r.path = 'territories' join territories t on t.id = r.territories_id where t.slug = 'lot' order by c.id limit 1`,
  )
  charter = { id: rows[0].id, signedAt: rows[0].signed_at }
})
afterAll(async () => {
  // The demo charter as it was, for the other browser tests.
  if (charter) await database?.query(`update charters set signed_at = $2 where id = $1`, [charter.id, charter.signedAt])
  await context?.close()
  await database?.end()
  await browser?.close()
})

/** A page of the Lot's animator (signed in once, through the login form). */
async function animatorPage(): Promise<Page> {
  if (context) return context.newPage()
  context = await newContext(browser, DESKTOP)
  return signedIn(context, true, ANIMATOR)
}

describe('les dates de l’admin', () => {
  test('« 01/12/2026 » tapé dans « Signée le » est le 1er décembre 2026, relu « 01/12/2026 »', async () => {
    const page = await animatorPage()
    await page.goto(`/admin/collections/charters/${charter.id}`)
    const input = page.locator('#field-signedAt input')
    await input.click()
    await input.press('Control+a')
    await input.pressSequentially('01/12/2026')
    await input.press('Escape')
    await page.locator('#field-version').click() // leaves the date field
    await expect(input.inputValue()).resolves.toBe('01/12/2026')
    await Promise.all([
      page.waitForResponse((response) => response.url().includes(`/api/charters/${charter.id}`) && response.request().method() === 'PATCH'),
      page.locator('#action-save').click(),
    ])
    const { rows } = await database.query<{ day: string }>(
      `select to_char(signed_at at time zone 'Europe/Paris', 'YYYY-MM-DD') as day from charters where id = $1`,
      [charter.id],
    )
    expect(rows[0].day).toBe('2026-12-01')
    await page.reload()
    await expect(page.locator('#field-signedAt input').inputValue()).resolves.toBe('01/12/2026')
    await screenshot(page, 'admin-date-charte')
  }, 120_000)

  test('une date et heure (« À recontacter avant le ») se lit « jj/mm/aaaa hh:mm » dans la liste des demandes', async () => {
    const lead = await submitCejLead(database, { email: 'dates.e2e@exemple.fr' })
    const { rows } = await database.query<{ due_at: Date }>(`select due_at from leads where id = $1`, [lead.id])
    const page = await animatorPage()
    await page.goto(`/admin/collections/leads?where[reference][equals]=${lead.reference}`)
    // Payload's date cells are still formatted in the browser, a moment after the page (not yet rendered by the server).
    await page
      .locator('.table td', { hasText: formatDateTime(rows[0].due_at) })
      .first()
      .waitFor()
  }, 120_000)
})

describe('les listes', () => {
  test('les colonnes de relation arrivent avec la page, et « Créer » se lit bien', async () => {
    const page = await animatorPage()
    await page.goto('/admin/collections/charters')
    const { rows } = await database.query<{ name: string }>(`select p.name from charters c join partners p on p.id = c.partner_id where c.id = $1`, [
      charter.id,
    ])
    // Rendered by the server with the page, not fetched afterwards.
    const cells = await page.locator('.relationship-cell').allInnerTexts()
    expect(cells).toContain(rows[0].name)
    expect(cells.filter((text) => text.includes('Chargement'))).toEqual([])
    expect(await page.locator('body').innerText()).not.toMatch(/nouveau ou nouvelle|un\(e\)|<Pas de/)
    await expect(page.locator('.list-header').getByText('Créer', { exact: true }).count()).resolves.toBe(1)
    await screenshot(page, 'admin-liste-chartes')
  }, 120_000)
})

test('le sélecteur d’EPCI trouve la CU du Grand Reims par son SIREN', async () => {
  const adminContext = await newContext(browser, DESKTOP)
  try {
    const page = await signedIn(adminContext, true, ADMIN)
    await page.goto('/admin/collections/territories/create')
    const picker = page.locator('#field-coverage__epcis')
    await picker.locator('.rs__input').click()
    await picker.locator('.rs__input').pressSequentially('200067213')
    await expect(page.locator('.rs__option', { hasText: 'CU du Grand Reims (200067213)' }).first().waitFor()).resolves.toBeUndefined()
    await screenshot(page, 'admin-epci-siren')
  } finally {
    await adminContext.close()
  }
}, 120_000)
