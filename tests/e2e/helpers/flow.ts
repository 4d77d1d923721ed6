import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

import { axe, describeViolations, screenshot } from './browser'

/** Every page of the flow gets the same checks: French, titled, described, no axe violation; then a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe('fr')
  // After a client-side navigation the title arrives with the streamed metadata.
  await page.waitForFunction(() => document.title.length > 10, undefined, { timeout: 5000 }).catch(() => {})
  expect((await page.title()).length).toBeGreaterThan(10)
  expect(await page.locator('meta[name="description"]').count()).toBe(1)
  expect(await page.locator('#contenu h1').count()).toBe(1)
  expect(describeViolations(await axe(page))).toBe('')
  await screenshot(page, name)
}

/** Ticks a DSFR radio button or checkbox the way a person does: by its label. */
export async function choose(page: Page, label: string): Promise<void> {
  await page.locator('#contenu label.fr-label', { hasText: label }).first().click()
}

/** Submits the question shown and waits for the next page. */
export async function next(page: Page): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.locator('#contenu button[type=submit]', { hasText: 'Continuer' }).click()])
  await page.waitForLoadState('load')
}

export const questionText = (page: Page) => page.locator('#contenu legend h1').innerText()

/** The age field of the Emploi questionnaire's first step (a step's fields are named `reponse.<clé>`). */
export const AGE_FIELD = '#contenu input[name="reponse.age"]'

/** Ticks an answer of one question of a step, by its label, inside that question's fieldset. */
export async function chooseFor(page: Page, key: string, label: string): Promise<void> {
  await page.locator(`#q-${key} label.fr-label`, { hasText: label }).first().click()
}

/** The step shown: its title, and the stepper's « Étape n sur m ». */
export async function expectStep(page: Page, title: string, position: number, total = 2): Promise<void> {
  // After a client-side navigation (a back link, with JavaScript) the new step arrives a moment later.
  await page
    .locator('#contenu h1', { hasText: title })
    .waitFor({ timeout: 10_000 })
    .catch(() => {})
  await expect(page.locator('#contenu h1').innerText()).resolves.toBe(title)
  await expect(page.locator('.fr-stepper__state').innerText()).resolves.toContain(`Étape ${position} sur ${total}`)
}

/**
 * Answers the Emploi questionnaire of the demo data (national template, two steps) like a 19-year-old registered at
 * the Mission Locale, by default looking for a job (`situation`: another answer of « Quelle est ta situation ? »).
 */
export async function answerEmploi(page: Page, { shots, situation = 'Je cherche un emploi' }: { shots?: string; situation?: string } = {}): Promise<void> {
  await expectStep(page, 'Mon profil', 1)
  if (shots) await checkPage(page, `${shots}-etape-1`)
  await page.fill(AGE_FIELD, '19')
  await chooseFor(page, 'situation', situation)
  await next(page)
  await expectStep(page, 'Ma situation', 2)
  if (shots) await checkPage(page, `${shots}-etape-2`)
  await chooseFor(page, 'inscriptions', 'À la Mission Locale')
  await chooseFor(page, 'projet_emploi', 'Un emploi (CDI, CDD, intérim)')
  await chooseFor(page, 'diplome', 'Bac (général, techno ou pro)')
  await chooseFor(page, 'permis', 'Non')
  await chooseFor(page, 'handicap', 'Je ne sais pas / indifférent')
  await next(page)
}
