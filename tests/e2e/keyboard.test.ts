import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { DESKTOP, newContext, useBrowser } from './helpers/browser'

/**
 * The whole youth flow with the keyboard only (RGAA 4.1, themes 10 and 12), with and without JavaScript: the
 * commune, a theme, every step of the questionnaire, an offer, the request. At each stop the focus is visible;
 * after each step it is on the new question or on the errors; from anywhere, Tab leads on to the footer (no trap).
 */
const browser = useBrowser()

/** What has the focus, said the way a test can check it. */
interface Focused {
  tag: string
  type: string | null
  name: string | null
  value: string | null
  href: string | null
  text: string
  id: string
  role: string | null
  checked: boolean
  groupAnswered: boolean
  visible: boolean
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) {
      return { tag: 'body', type: null, name: null, value: null, href: null, text: '', id: '', role: null, checked: false, groupAnswered: false, visible: true }
    }
    const input = element instanceof HTMLInputElement ? element : null
    // A DSFR radio or checkbox is drawn by its label (the input is visually hidden): the focus ring is the label's.
    const drawnBy = input && (input.type === 'radio' || input.type === 'checkbox') ? document.querySelector(`label[for="${input.id}"]`) : null
    const style = drawnBy ? getComputedStyle(drawnBy, '::before') : getComputedStyle(element)
    const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
    const group = input?.name ? [...document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(input.name)}"]`)] : []
    return {
      tag: element.tagName.toLowerCase(),
      type: input?.type ?? null,
      name: input?.name ?? null,
      value: input?.value ?? null,
      href: element.getAttribute('href'),
      text: (element.innerText || '').trim().slice(0, 80),
      id: element.id,
      role: element.getAttribute('role'),
      checked: Boolean(input?.checked),
      groupAnswered: group.some((candidate) => candidate.checked || (candidate.type !== 'radio' && candidate.type !== 'checkbox' && candidate.value !== '')),
      visible,
    }
  })

/** Presses Tab until `wanted` has the focus (at most `limit` times), checking that every stop shows its focus. */
async function tabTo(page: Page, wanted: (element: Focused) => boolean, what: string, limit = 80): Promise<Focused> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab')
    const element = await focused(page)
    if (element.tag !== 'body')
      expect(`${element.tag}#${element.id} « ${element.text} » ${element.visible ? 'visible' : 'sans focus visible'}`).toContain('visible')
    if (wanted(element)) return element
  }
  throw new Error(`${what} : jamais atteint au clavier sur ${page.url()}`)
}

/** From where the focus is, Tab leads on to the footer's last link: the page has no keyboard trap. */
async function noTrap(page: Page): Promise<void> {
  const lastFooterLink = await page.locator('footer a').last().getAttribute('href')
  await tabTo(page, (element) => element.tag === 'a' && element.href === lastFooterLink, 'le dernier lien du pied de page', 150)
}

/** Presses a key that leads to another page and waits for it. */
async function pressAndArrive(page: Page, key: string): Promise<void> {
  const before = page.url()
  await page.keyboard.press(key)
  await page.waitForURL((url) => url.toString() !== before, { timeout: 30_000 })
  await page.waitForLoadState('load')
}

/** Answers the step shown with the keyboard: a number where a number is asked, the first choice of every group. */
async function answerStep(page: Page): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab')
    const element = await focused(page)
    expect(element.visible).toBe(true)
    if (element.tag === 'button' && element.text.startsWith('Continuer')) return pressAndArrive(page, 'Enter')
    if (element.groupAnswered) continue
    if (element.type === 'text') await page.keyboard.type('19')
    else if (element.type === 'radio' || element.type === 'checkbox') await page.keyboard.press('Space')
  }
  throw new Error(`Le bouton « Continuer » n’est pas atteint au clavier sur ${page.url()}`)
}

describe.each([
  ['avec JavaScript', true],
  ['sans JavaScript', false],
])('le parcours jeune au clavier seul, %s', (_label, javaScriptEnabled) => {
  test('commune, thème, questionnaire, offre, demande : focus visible, déplacé à chaque étape, sans piège', async () => {
    const context = await newContext(browser(), { ...DESKTOP, javaScriptEnabled })
    try {
      const page = await context.newPage()
      await page.goto('/')
      // The first Tab stop is the skip link to the content.
      const skip = await tabTo(page, () => true, 'le premier élément', 1)
      expect(skip.text).toBe('Aller au contenu')

      await tabTo(page, (element) => element.name === 'q', 'le champ commune')
      await page.keyboard.type('Cahors')
      if (javaScriptEnabled) {
        // The autocomplete: the arrow picks the first suggestion, Enter takes it.
        await page.locator('[role=option]').first().waitFor()
        await page.keyboard.press('ArrowDown')
        await page.keyboard.press('Enter')
        await page.waitForTimeout(300)
      }
      if (new URL(page.url()).pathname === '/') await pressAndArrive(page, 'Enter')
      if (!page.url().includes('/commune/46042')) {
        // The search page lists the communes: the first is Cahors.
        await tabTo(page, (element) => element.href === '/commune/46042', 'le lien de Cahors')
        await pressAndArrive(page, 'Enter')
      }
      expect(new URL(page.url()).pathname).toBe('/commune/46042')
      await tabTo(page, (element) => Boolean(element.href?.endsWith('/emploi/questions')), 'le thème Emploi')
      await pressAndArrive(page, 'Enter')

      // « Continuer » without answering: the focus is on the errors.
      await tabTo(page, (element) => element.tag === 'button' && element.text.startsWith('Continuer'), 'le bouton Continuer')
      await pressAndArrive(page, 'Enter')
      expect(await focused(page)).toMatchObject({ role: 'alert' })

      // Each step: answered with the keyboard; the next one arrives with the focus on its title.
      for (let step = 0; step < 6 && !page.url().includes('/resultats'); step += 1) {
        await answerStep(page)
        if (page.url().includes('/resultats')) break
        const arrived = await focused(page)
        expect(arrived.tag === 'h1' || arrived.tag === 'fieldset' || arrived.role === 'alert').toBe(true)
      }
      expect(page.url()).toContain('/emploi/resultats')
      await noTrap(page)

      await page.keyboard.press('Shift+Tab')
      await tabTo(page, (element) => Boolean(element.href?.startsWith('/offre/')), 'une offre', 150)
      await pressAndArrive(page, 'Enter')
      await tabTo(page, (element) => element.id === 'lead-email', 'le champ e-mail', 150)
      await page.keyboard.type('clavier.seul@exemple.fr')
      // Sent without the consent: the focus is on the summary of what to correct.
      await tabTo(page, (element) => element.tag === 'button' && element.text.startsWith('Envoyer ma demande'), 'le bouton Envoyer')
      if (javaScriptEnabled) {
        await page.keyboard.press('Enter')
        await page.locator('#lead-errors').waitFor()
      } else {
        // Posted to the same address: the page comes back with the errors.
        await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')])
      }
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lead-errors')
      await tabTo(page, (element) => element.id === 'lead-consent', 'la case de consentement', 150)
      await page.keyboard.press('Space')
      await tabTo(page, (element) => element.tag === 'button' && element.text.startsWith('Envoyer ma demande'), 'le bouton Envoyer')
      await pressAndArrive(page, 'Enter')
      expect(page.url()).toMatch(/\/demandes\/\d+\/confirmation/)
      await noTrap(page)
    } finally {
      await context.close()
    }
  }, 180_000)
})
