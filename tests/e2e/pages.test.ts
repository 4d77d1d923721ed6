import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'

import { baseUrl, DESKTOP, launch, MOBILE, newContext } from './helpers/browser'
import { checkPage } from './helpers/flow'

/** Information pages, territories, keyboard use, search engines, weight of the pages. */
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const r = (answers: Record<string, unknown>) => Buffer.from(JSON.stringify(answers)).toString('base64url')

describe('pages d’information et territoires (ordinateur puis téléphone)', () => {
  test.each([
    ['comment-ca-marche', '/comment-ca-marche', 'Comment ça marche ?'],
    ['donnees-personnelles', '/donnees-personnelles', 'Tes données personnelles'],
    ['accessibilite', '/accessibilite', 'Déclaration d’accessibilité'],
    ['mentions-legales', '/mentions-legales', 'Mentions légales'],
    ['plan-du-site', '/plan-du-site', 'Plan du site'],
    ['territoires', '/territoires', 'Les territoires où Boussole est ouverte'],
    ['territoire-lot', '/territoires/lot', 'Lot'],
    ['page-introuvable', '/commune/00000', 'Page introuvable'],
  ])(
    '%s',
    async (name, path, heading) => {
      for (const [device, options] of [
        ['desktop', DESKTOP],
        ['mobile', MOBILE],
      ] as const) {
        const context = await newContext(browser, options)
        const page = await context.newPage()
        await page.goto(path)
        await expect(page.locator('#contenu h1').innerText()).resolves.toBe(heading)
        if (device === 'mobile') expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
        await checkPage(page, `info-${device}-${name}`)
        await context.close()
      }
    },
    120_000,
  )

  test('les données personnelles disent la durée de conservation et comment retirer sa demande', async () => {
    const text = await (await fetch(`${baseUrl()}/donnees-personnelles`)).text()
    expect(text).toContain('12 mois après la')
    expect(text).toContain('Retirer ta demande')
  })

  test('la page d’un territoire liste ses partenaires, sans les coordonnées privées', async () => {
    const text = await (await fetch(`${baseUrl()}/territoires/lot`)).text()
    expect(text).toContain('Mission Locale du Lot')
    expect(text).toContain('Point Information Jeunesse de Gourdon')
    // Contacts for professionals only, and contacts an organisation did not publish, never show.
    expect(text).not.toContain('pro.missionlocale46@boussole.test')
    expect(text).not.toContain('contact.pij-gourdon@boussole.test')
    expect(text).toContain('href="/admin"')
  })
})

test('au clavier : lien d’évitement, focus visible, menu et paramètres d’affichage', async () => {
  const context = await newContext(browser, MOBILE)
  const page = await context.newPage()
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }))
  expect(skip).toEqual({ text: 'Aller au contenu', href: '#contenu' })
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('commune-q')
  // The DSFR script (loaded after the page) opens the header menu on small screens.
  const menu = page.locator('#header-menu-button')
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-fr-js'))
  await menu.click()
  await page.locator('#header-menu').waitFor({ state: 'visible' })
  expect(await page.locator('#header-menu a', { hasText: 'Territoires' }).isVisible()).toBe(true)
  await context.close()
}, 60_000)

test('thème sombre : les paramètres d’affichage s’appliquent', async () => {
  const context = await newContext(browser, { ...DESKTOP, colorScheme: 'dark' })
  const page = await context.newPage()
  await page.goto('/')
  expect(await page.getAttribute('html', 'data-fr-theme')).toBe('dark')
  await checkPage(page, 'accueil-sombre')
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-fr-js'))
  await page.click('.fr-header__tools-links button:has-text("Paramètres d’affichage")')
  await page.locator('#fr-theme-modal').waitFor({ state: 'visible' })
  await page.locator('label[for=fr-radios-theme-light]').click()
  await page.waitForFunction(() => document.documentElement.getAttribute('data-fr-theme') === 'light')
  await context.close()
}, 60_000)

test('pas de décalage de mise en page sur les résultats', async () => {
  const context = await newContext(browser, MOBILE)
  const page = await context.newPage()
  await page.goto(`/commune/46042/emploi/resultats?r=${r({ age: 19, situation: 'demandeur_emploi', projet_emploi: 'emploi', diplome: 'bac', permis: 'non' })}`)
  await page.waitForLoadState('networkidle')
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 500)
      }),
  )
  expect(shift).toBeLessThan(0.05)
  // Pictograms and images carry their size.
  const unsized = await page.evaluate(
    () =>
      [...document.querySelectorAll('img, svg')].filter(
        (el) => !el.getAttribute('width') && !el.getAttribute('height') && !el.closest('[aria-hidden=true]') && el.tagName === 'IMG',
      ).length,
  )
  expect(unsized).toBe(0)
  await context.close()
}, 60_000)

test('poids : le JavaScript chargé par chaque page du parcours tient dans 150 Ko (gzip)', async () => {
  const offer = await fetch(
    `${baseUrl()}/commune/46042/emploi/resultats?r=${r({ age: 19, situation: 'demandeur_emploi', projet_emploi: 'emploi', diplome: 'bac', permis: 'non' })}`,
  ).then((response) => response.text())
  const offerPath = /href="(\/offre\/\d+\?[^"]+)"/.exec(offer)?.[1]?.replace(/&amp;/g, '&')
  const pages = [
    '/',
    '/recherche?q=cahors',
    '/commune/46042',
    '/commune/46042/emploi/questions',
    `/commune/46042/emploi/resultats?r=${r({ age: 19, situation: 'demandeur_emploi', projet_emploi: 'emploi', diplome: 'bac', permis: 'non' })}`,
    offerPath!,
  ]
  const sizes = new Map<string, number>()
  for (const path of pages) {
    const html = await (await fetch(`${baseUrl()}${path}`)).text()
    // Legacy polyfills (`nomodule`) are skipped by every current browser.
    const scripts = [...html.matchAll(/<script([^>]+)>/g)]
      .map((match) => match[1])
      .filter((attributes) => !/nomodule/i.test(attributes))
      .flatMap((attributes) => /src="([^"]+)"/.exec(attributes)?.[1] ?? [])
    let total = 0
    for (const src of new Set(scripts)) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl()))).arrayBuffer())
      total += gzipSync(body).length
    }
    sizes.set(path.split('?')[0], Math.round(total / 1024))
  }
  console.info('JavaScript au premier chargement (Ko gzip) :', Object.fromEntries(sizes))
  for (const [path, kb] of sizes) expect([path, kb <= 150]).toEqual([path, true])
}, 60_000)

test('moteurs de recherche : robots.txt et sitemap.xml', async () => {
  const robots = await (await fetch(`${baseUrl()}/robots.txt`)).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Sitemap:')
  const sitemap = await fetch(`${baseUrl()}/sitemap.xml`)
  expect(sitemap.status).toBe(200)
  const xml = await sitemap.text()
  expect(xml).toContain('/territoires/lot</loc>')
  expect(xml).toContain('/comment-ca-marche</loc>')
  expect(xml).toMatch(/\/offre\/\d+<\/loc>/)
  expect(xml).not.toContain('/demandes/')
})
