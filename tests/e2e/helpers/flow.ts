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

/** Answers the Emploi questionnaire of the demo data (national template) like a 19-year-old job seeker. */
export async function answerEmploi(page: Page, shots?: string): Promise<void> {
  const steps: [RegExp, (page: Page) => Promise<void>][] = [
    [/âge/, (p) => p.fill('#contenu input[name=reponse]', '19')],
    [/situation/, (p) => choose(p, 'Je cherche un emploi')],
    [/inscrit/, (p) => choose(p, 'À la Mission Locale')],
    [/cherches/, (p) => choose(p, 'Un emploi (CDI, CDD, intérim)')],
    [/diplôme/, (p) => choose(p, 'Bac (général, techno ou pro)')],
    [/permis/, (p) => choose(p, 'Non')],
    [/handicap/, (p) => choose(p, 'Je ne sais pas / indifférent')],
  ]
  for (const [index, [pattern, act]] of steps.entries()) {
    expect(await questionText(page)).toMatch(pattern)
    await expect(page.locator('.fr-stepper__state').innerText()).resolves.toContain(`Question ${index + 1} sur`)
    if (shots && index < 3) await checkPage(page, `${shots}-question-${index + 1}`)
    await act(page)
    await next(page)
  }
}
