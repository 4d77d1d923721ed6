import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { DESKTOP, MOBILE, newContext, useBrowser } from './helpers/browser'
import { AGE_FIELD, checkPage, chooseFor, expectStep, next } from './helpers/flow'

/**
 * A questionnaire with steps (issue #13): the demo's national Emploi questionnaire has two, « Mon profil » and
 * « Ma situation », and a negative branch across them (« inscriptions » unless student or at school). One step
 * per page, with and without JavaScript, back and forth, answers kept, a branch inside a step, axe on each page.
 */
const browser = useBrowser()

/** The back link: a full page without JavaScript, a client-side navigation with it. */
const back = (page: Page) => Promise.all([page.waitForURL(/[?&]etape=1(&|$)/), page.click('text=Étape précédente')])

async function walk(page: Page, shots: string) {
  await page.goto('/commune/46042/emploi/questions')
  await expectStep(page, 'Mon profil', 1)
  await expect(page.locator('.fr-stepper__details').innerText()).resolves.toContain('Ma situation')
  await checkPage(page, `${shots}-01-mon-profil`)

  // A student: the negative branch leaves « inscriptions » out of step 2.
  await page.fill(AGE_FIELD, '20')
  await chooseFor(page, 'situation', 'Je suis étudiant ou étudiante')
  await next(page)
  await expectStep(page, 'Ma situation', 2)
  expect(await page.locator('#q-inscriptions').count()).toBe(0)
  await chooseFor(page, 'projet_emploi', 'Un job étudiant ou un job d’été')
  await chooseFor(page, 'permis', 'Oui')

  // Back to step 1 (the answers of step 2 not sent yet are not kept; those of step 1 are).
  await back(page)
  await expectStep(page, 'Mon profil', 1)
  await expect(page.inputValue(AGE_FIELD)).resolves.toBe('20')
  expect(await page.isChecked('#contenu input[value=etudiant]')).toBe(true)

  // Now a job seeker: « inscriptions » is asked in step 2.
  await chooseFor(page, 'situation', 'Je cherche un emploi')
  await next(page)
  await expectStep(page, 'Ma situation', 2)
  await expect(page.locator('#q-inscriptions legend').innerText()).resolves.toMatch(/inscrit/)
  await checkPage(page, `${shots}-02-ma-situation`)
  await chooseFor(page, 'inscriptions', 'À la Mission Locale')
  await chooseFor(page, 'projet_emploi', 'Créer mon activité ou mon entreprise')
  await chooseFor(page, 'diplome', 'Bac (général, techno ou pro)')
  await chooseFor(page, 'permis', 'Non')
  await chooseFor(page, 'handicap', 'Non')
  await next(page)

  // A branch inside the step: the same step again, the new question added, every answer kept.
  await expectStep(page, 'Ma situation', 2)
  await expect(page.locator('#q-idee_activite legend').innerText()).resolves.toMatch(/idée/)
  expect(await page.isChecked('#contenu input[value=creer_activite]')).toBe(true)
  expect(await page.isChecked('#q-inscriptions input[value=mission_locale]')).toBe(true)

  // Back and forth again: step 1 then step 2, answers kept.
  await back(page)
  await expectStep(page, 'Mon profil', 1)
  expect(await page.isChecked('#contenu input[value=demandeur_emploi]')).toBe(true)
  await next(page)
  await expectStep(page, 'Ma situation', 2)
  expect(await page.isChecked('#q-diplome input[value=bac]')).toBe(true)
  await chooseFor(page, 'idee_activite', 'Oui')
  await next(page)

  expect(page.url()).toContain('/commune/46042/emploi/resultats?r=')
  await checkPage(page, `${shots}-03-resultats`)
}

describe('un questionnaire en étapes', () => {
  test('sans JavaScript, sur ordinateur', async () => {
    const context = await newContext(browser(), { ...DESKTOP, javaScriptEnabled: false })
    await walk(await context.newPage(), 'etapes-nojs')
    await context.close()
  }, 180_000)

  test('avec JavaScript, sur mobile', async () => {
    const context = await newContext(browser(), MOBILE)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await walk(page, 'etapes-js')
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)
})
