import { describe, expect, test } from '@jest/globals'
import type { BrowserContextOptions, Page } from 'playwright-core'

import { JOB_SEEKER } from './helpers/answers'
import { fitsThePhone, seriousViolations, signedIn } from './helpers/backOffice'
import { MOBILE, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'
import { checkPage } from './helpers/flow'

/**
 * An offer paused « complet jusqu’au … » (demo data: src/seed/offerPause.ts) says so instead of its form and
 * leads to the other offers; the contact form's preferences go through without JavaScript. 360 px, axe clean.
 */
const browser = useBrowser()
const database = useDatabase()

const r = (answers: Record<string, unknown>) => Buffer.from(JSON.stringify(answers)).toString('base64url')

async function withPage(options: BrowserContextOptions & { javaScriptEnabled?: boolean }, run: (page: Page) => Promise<void>): Promise<void> {
  const context = await newContext(browser(), options)
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

/** An offer of the Mission Locale du Lot that no other browser test follows. */
const PAUSABLE_OFFER = 'Aide au financement du permis B'
const PRO = 'pro.missionlocale46@boussole.test'

/** A Paris day `days` from today, 'YYYY-MM-DD'. */
const parisDayIn = (days: number): string => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' })

async function storedPause(id: number): Promise<{ until: string | null; log: string[] }> {
  const offer = await database.query<{ until: string | null }>(
    `select to_char(paused_until at time zone 'UTC', 'YYYY-MM-DD') as until from offers where id = $1`,
    [id],
  )
  const log = await database.query<{ action: string }>(`select action from offers_pause_log where _parent_id = $1 order by _order`, [id])
  return { until: offer.rows[0].until, log: log.rows.map((row) => row.action) }
}

describe('mettre une offre en pause, côté professionnel, à 360 px', () => {
  test.each([
    ['sans JavaScript, depuis le tableau de bord', false],
    ['avec JavaScript, depuis le tableau de bord', true],
  ])(
    '%s : « Complète jusqu’au … », l’offre quitte les résultats, puis « Reprendre »',
    async (_label, javaScript) => {
      const id = await offerId(PAUSABLE_OFFER)
      const before = await storedPause(id)
      const until = parisDayIn(10)
      const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: javaScript })
      const page = await signedIn(context, javaScript, PRO)
      await page.goto('/admin')
      const section = page.locator('#disponibilite-des-offres')
      const item = section.locator('li', { hasText: PAUSABLE_OFFER })
      await expect(item.innerText()).resolves.toContain('reçoit des demandes')
      await fitsThePhone(page)

      await item.locator('input[name=until]').fill(until)
      await Promise.all([page.waitForURL(/disponibilite=/), item.locator('button', { hasText: 'Mettre en pause' }).click()])
      await expect(section.locator('[role=status]').innerText()).resolves.toMatch(
        /^Offre en pause : complète jusqu’au .+\. Elle ne reçoit plus de demande d’ici là\.$/,
      )
      await expect(section.locator('li', { hasText: PAUSABLE_OFFER }).innerText()).resolves.toMatch(/complète jusqu’au \S+ \d{1,2} \S+ \d{4}/)
      expect(await seriousViolations(page)).toBe('')
      await screenshot(page, `offerPause-pro-${javaScript ? 'js' : 'nojs'}`)
      expect(await storedPause(id)).toEqual({ until, log: [...before.log, 'pause'] })

      // The young person's side: the offer page says so and takes no request.
      const publicPage = await context.newPage()
      await publicPage.goto(`/offre/${id}?commune=46042&r=${r(JOB_SEEKER)}`)
      await expect(publicPage.locator('#demande-titre').innerText()).resolves.toMatch(/^Complet jusqu’au /)
      await publicPage.close()

      // The address already carries a result: wait for the new one.
      await section.locator('li', { hasText: PAUSABLE_OFFER }).locator('button', { hasText: 'Reprendre' }).click()
      await section.locator('[role=status]', { hasText: 'Offre reprise' }).waitFor({ timeout: 30_000 })
      expect(await storedPause(id)).toEqual({ until: null, log: [...before.log, 'pause', 'resume'] })
      await context.close()
    },
    180_000,
  )

  test('avec JavaScript, sur la fiche de l’offre : le même contrôle à côté de « Enregistrer »', async () => {
    const id = await offerId(PAUSABLE_OFFER)
    const before = await storedPause(id)
    const until = parisDayIn(4)
    const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: true })
    const page = await signedIn(context, true, PRO)
    await page.goto(`/admin/collections/offers/${id}`)
    const control = page.locator('[data-testid=offer-pause]')
    // Typed again until React (hydrating Payload's edit view) has taken the value: the button is enabled then.
    const pauseButton = control.locator('button', { hasText: 'Mettre en pause' })
    for (let attempt = 0; attempt < 20 && !(await pauseButton.isEnabled()); attempt++) {
      await control.locator('input[type=date]').fill(until)
      await page.waitForTimeout(500)
    }
    await pauseButton.click()
    // The page reloads once the action answered: the pill, or the refusal in words.
    await page.locator('[data-testid=offer-pause] .pill, [data-testid=offer-pause] [role=alert]').first().waitFor({ timeout: 30_000 })
    await expect(page.locator('[data-testid=offer-pause]').innerText()).resolves.toMatch(/Complet jusqu’au \S+ \d{1,2} \S+ \d{4}/)
    expect(await storedPause(id)).toEqual({ until, log: [...before.log, 'pause'] })
    await page.locator('[data-testid=offer-pause] button', { hasText: 'Reprendre' }).click()
    await page.locator('[data-testid=offer-pause] input[type=date]').waitFor({ timeout: 30_000 })
    expect(await storedPause(id)).toEqual({ until: null, log: [...before.log, 'pause', 'resume'] })
    await context.close()
  }, 120_000)

  test('hostile values: a past day, a non-date, an offer of another organisation → a French refusal, nothing stored', async () => {
    const own = await offerId(PAUSABLE_OFFER)
    const foreign = await offerId('Trouver un job d’été ou un job étudiant')
    const before = { own: await storedPause(own), foreign: await storedPause(foreign) }
    const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: false })
    const page = await signedIn(context, false, PRO)
    await page.goto('/admin')
    const form = page.locator('#disponibilite-des-offres li', { hasText: PAUSABLE_OFFER }).locator('form')
    const alert = page.locator('#disponibilite-des-offres [role=alert]')
    for (const [offer, until] of [
      [own, parisDayIn(-3)],
      [own, '31/12/2026'],
      [foreign, parisDayIn(5)],
      ['1 or 1=1', parisDayIn(5)],
    ] as const) {
      // The form as a crafted page would post it: the fields' values replaced before sending.
      await form.evaluate(
        (element, values) => {
          const formElement = element as HTMLFormElement
          ;(formElement.elements.namedItem('offerId') as HTMLInputElement).value = String(values.offer)
          const field = formElement.elements.namedItem('until') as HTMLInputElement
          field.type = 'text'
          field.removeAttribute('min')
          field.value = values.until
        },
        { offer, until },
      )
      await Promise.all([page.waitForURL(/erreurDisponibilite=/), form.locator('button').click()])
      await expect(alert.innerText()).resolves.toMatch(/^[A-ZÀ-Ü].+/)
      expect(await page.content()).not.toMatch(/Error:|at async|stack/i)
    }
    expect({ own: await storedPause(own), foreign: await storedPause(foreign) }).toEqual(before)

    // A crafted link carrying a message without the server's signature shows nothing.
    await page.goto(`/admin?disponibilite=${encodeURIComponent('Votre compte est suspendu, appelez le 08 99')}#disponibilite-des-offres`)
    expect(await page.locator('#disponibilite-des-offres [role=status]').count()).toBe(0)
    await context.close()
  }, 120_000)
})
