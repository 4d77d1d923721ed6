import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { DESKTOP, launch, MOBILE, newContext, screenshot } from './helpers/browser'
import { AGE_FIELD, answerEmploi, checkPage, chooseFor, expectStep, next } from './helpers/flow'
import { readMails, waitForMail } from './helpers/mail'

/**
 * The whole flow on the demo data, from « Cahors » to the confirmation, as a 17–30-year-old meets it:
 * on a small phone with JavaScript, and on a desktop without JavaScript. The partner receives the email.
 */
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const PARTNER_EMAIL = 'pro.missionlocale46@boussole.test'

async function fromResultsToConfirmation(page: Page, shots: string, contact: { email?: string; phone?: string }) {
  // Results: grouped by sub-theme, each card with the organisation, the delay and why it fits.
  expect(page.url()).toContain('/commune/46042/emploi/resultats?r=')
  await expect(page.locator('#contenu h1').innerText()).resolves.toMatch(/services? peu(t|vent) t’aider près de Cahors/)
  expect(await page.locator('#contenu h2').count()).toBeGreaterThanOrEqual(1)
  const card = page.locator('.fr-card', { hasText: 'Contrat d’engagement jeune (CEJ)' })
  await expect(card.innerText()).resolves.toMatch(/Te recontacte sous 3 jours/i)
  await expect(card.innerText()).resolves.toContain('Mission Locale du Lot')
  await expect(card.innerText()).resolves.toContain('Pour les 16–25 ans')
  await checkPage(page, `${shots}-06-resultats`)

  // Offer: full description, organisation, public contacts (the Mission Locale made them public), the form.
  await Promise.all([page.waitForURL(/\/offre\/\d+\?/), card.locator('a').first().click()])
  await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Contrat d’engagement jeune (CEJ)')
  await expect(page.locator('#contenu').innerText()).resolves.toContain('En détail')
  await expect(page.locator('#contenu').innerText()).resolves.toContain('24 boulevard Gambetta')
  expect(await page.locator('#contenu a[href^="tel:"]').count()).toBeGreaterThan(0)
  await checkPage(page, `${shots}-07-offre`)

  if (contact.email) await page.fill('#lead-email', contact.email)
  if (contact.phone) await page.fill('#lead-phone', contact.phone)
  await page.locator('label[for=lead-consent]').click()
  await Promise.all([page.waitForURL(/\/demandes\/\d+\/confirmation\?token=/), page.click('button:has-text("Envoyer ma demande")')])

  // Confirmation: who, by when (Paris date), how to withdraw.
  const text = await page.locator('#contenu').innerText()
  expect(text).toContain('Mission Locale du Lot')
  expect(text).toMatch(
    /Au plus tard le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
  )
  expect(text).toContain('sous 3 jours')
  expect(text).toContain('Retirer ma demande')
  const reference = /BSL-\d{4}-[A-Z0-9]{6}/.exec(text)?.[0]
  expect(reference).toBeDefined()
  await checkPage(page, `${shots}-08-confirmation`)
  return reference!
}

describe('parcours complet', () => {
  test('avec JavaScript, sur un petit téléphone (360×740) : de « Cahors » à la confirmation, le partenaire reçoit le courriel', async () => {
    const context = await newContext(browser, MOBILE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    await page.goto('/')
    await checkPage(page, 'js-mobile-01-accueil')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    // The autocomplete: an ARIA combobox, driven with the keyboard.
    const input = page.locator('#commune-q')
    await expect(input.getAttribute('role')).resolves.toBe('combobox')
    await input.click()
    await input.pressSequentially('Cahors', { delay: 40 })
    const option = page.locator('[role=option]', { hasText: 'Cahors (46000)' })
    await option.waitFor()
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true')
    await screenshot(page, 'js-mobile-02-autocompletion')
    await page.keyboard.press('ArrowDown')
    await expect(input.getAttribute('aria-activedescendant')).resolves.toBeTruthy()
    await page.keyboard.press('Enter')
    await expect(input.inputValue()).resolves.toBe('Cahors (46000)')
    await Promise.all([page.waitForURL('**/commune/46042'), page.keyboard.press('Enter')])

    // Themes: open ones as tiles (links), Santé « bientôt disponible », not a link.
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Qu’est-ce que tu cherches ?')
    for (const theme of ['Emploi', 'Formation', 'Logement']) expect(await page.locator('.fr-tile a', { hasText: theme }).count()).toBe(1)
    // The Lot presents Emploi and Formation as one « Emploi-Formation » tile: the young person picks one inside it.
    const grouped = page.locator('.fr-tile', { has: page.locator('h2', { hasText: 'Emploi-Formation' }) })
    expect(await grouped.count()).toBe(1)
    await expect(grouped.locator('a').allInnerTexts()).resolves.toEqual(['Emploi', 'Formation'])
    const soon = page.locator('.fr-tile', { hasText: 'Santé' })
    await expect(soon.innerText()).resolves.toMatch(/Bientôt disponible/i)
    expect(await soon.locator('a').count()).toBe(0)
    await checkPage(page, 'js-mobile-03-themes')

    await Promise.all([page.waitForURL(/\/emploi\/questions$/), grouped.locator('a', { hasText: 'Emploi' }).click()])
    await answerEmploi(page, { shots: 'js-mobile-04' })
    const reference = await fromResultsToConfirmation(page, 'js-mobile', { email: 'camille.durand@exemple.fr' })

    // The partner receives the new lead (sent by the job worker through the SMTP server).
    const mail = await waitForMail((candidate) => candidate.to.includes(PARTNER_EMAIL) && candidate.subject.includes(reference))
    expect(mail.subject).toMatch(/^Nouvelle demande BSL-/)
    expect(mail.text).toContain('Contrat d’engagement jeune (CEJ)')
    await waitForMail((candidate) => candidate.to.includes('camille.durand@exemple.fr'))
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)

  test('sans JavaScript, sur ordinateur : formulaires HTML simples, retour arrière qui garde les réponses, demande envoyée', async () => {
    const context = await newContext(browser, { ...DESKTOP, javaScriptEnabled: false })
    const page = await context.newPage()

    await page.goto('/')
    await expect(page.locator('#commune-q').getAttribute('role')).resolves.toBeNull()
    await page.fill('#commune-q', '46000')
    await Promise.all([page.waitForURL(/\/recherche\?q=46000/), page.click('#contenu button[type=submit]')])
    // The list of matching communes, as links.
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Choisis ta commune')
    await checkPage(page, 'nojs-desktop-02-communes')
    await Promise.all([
      page.waitForURL('**/commune/46042'),
      page
        .locator('#contenu a', { hasText: /^Cahors/ })
        .first()
        .click(),
    ])
    await checkPage(page, 'nojs-desktop-03-themes')
    await Promise.all([page.waitForURL(/\/emploi\/questions$/), page.locator('.fr-tile a', { hasText: 'Emploi' }).click()])

    // A required question left blank: the same step again, with the error tied to the field.
    await expectStep(page, 'Mon profil', 1)
    await next(page)
    await expect(page.locator('#q-age .fr-message--error').innerText()).resolves.toContain('Écris un nombre pour continuer.')
    expect(await page.title()).toMatch(/^Erreur/)
    const described = await page.getAttribute(AGE_FIELD, 'aria-describedby')
    expect(described).toContain('q-age-messages')
    await checkPage(page, 'nojs-desktop-04-erreur-age')
    await page.fill(AGE_FIELD, '19')
    await chooseFor(page, 'situation', 'Je cherche un emploi')
    await next(page)

    // Back link: the previous step comes back with its answers.
    await expectStep(page, 'Ma situation', 2)
    await Promise.all([page.waitForLoadState('load'), page.click('text=Étape précédente')])
    expect(await page.isChecked('#contenu input[value=demandeur_emploi]')).toBe(true)
    await expect(page.inputValue(AGE_FIELD)).resolves.toBe('19')
    await next(page)
    // Branching across steps: « inscriptions » is asked because the situation is neither « étudiant » nor « lycéen ».
    await expect(page.locator('#q-inscriptions legend').innerText()).resolves.toMatch(/inscrit/)
    await page.reload()
    await expect(page.locator('#q-inscriptions legend').innerText()).resolves.toMatch(/inscrit/)
    await chooseFor(page, 'inscriptions', 'À la Mission Locale')
    await chooseFor(page, 'projet_emploi', 'Un emploi (CDI, CDD, intérim)')
    await chooseFor(page, 'diplome', 'Bac (général, techno ou pro)')
    await chooseFor(page, 'permis', 'Non')
    await chooseFor(page, 'handicap', 'Non')
    await next(page)

    const reference = await fromResultsToConfirmation(page, 'nojs-desktop', { phone: '06 12 34 56 78' })
    // Phone only: the partner is told; no email goes to the young person (only to the service's accounts: another
    // browser test may add a colleague to the organisation meanwhile).
    await waitForMail((mail) => mail.to.includes(PARTNER_EMAIL) && mail.subject.includes(reference))
    expect(readMails().filter((mail) => mail.text.includes(reference) && !mail.to.every((to) => to.endsWith('@boussole.test')))).toEqual([])
    await context.close()
  }, 240_000)
})

describe('une commune mal tapée', () => {
  test('sans JavaScript : « montpelier » → « Tu voulais dire… ? » et le lien vers Montpellier', async () => {
    const context = await newContext(browser, { ...MOBILE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await page.locator('#commune-q').fill('montpelier')
    await Promise.all([page.waitForURL(/\/recherche\?/), page.locator('#commune-q').press('Enter')])
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Tu voulais dire… ?')
    await expect(page.locator('#contenu p').first().innerText()).resolves.toMatch(/^Aucune commune ne s’écrit « montpelier »\./)
    const first = page.locator('#contenu ul a').first()
    await expect(first.innerText()).resolves.toMatch(/^Montpellier \(34000/)
    await checkPage(page, 'nojs-mobile-suggestion')
    await Promise.all([page.waitForURL('**/commune/34172'), first.click()])
    await context.close()
  }, 60_000)

  test('avec JavaScript : l’autocomplétion propose Montpellier et annonce « Tu voulais dire »', async () => {
    const context = await newContext(browser, MOBILE)
    const page = await context.newPage()
    await page.goto('/')
    // The combobox once the site's script ran (before, a plain field).
    const input = page.locator('#commune-q[role=combobox]')
    await input.waitFor()
    await input.click()
    await input.pressSequentially('montpelier', { delay: 40 })
    await page.locator('[role=option]', { hasText: 'Montpellier (34000)' }).first().waitFor()
    await expect(page.locator('[role=listbox]').getAttribute('aria-label')).resolves.toBe('Tu voulais dire')
    await expect(page.locator('.boussole-combobox [role=status]').innerText()).resolves.toMatch(/^Aucune commune ne s’écrit ainsi\. Tu voulais dire/)
    await context.close()
  }, 60_000)
})
