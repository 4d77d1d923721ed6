import { expect } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'

import { JOB_SEEKER } from './answers'
import { axe, baseUrl, DEMO_PASSWORD, describeViolations, logInToAdmin } from './browser'
import type { E2eDatabase } from './database'

/** Signs in: through the login form with JavaScript, through the REST API (its session cookie) without. */
export async function signedIn(context: BrowserContext, javaScript: boolean, email: string): Promise<Page> {
  if (javaScript) return logInToAdmin(context, email)
  const response = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('payload-token='))!
  const [name, value] = cookie.split(';')[0].split('=')
  await context.addCookies([{ name, value, url: baseUrl() }])
  return context.newPage()
}

/** The serious and critical axe violations of the page, readable ('' when none). */
export async function seriousViolations(page: Page): Promise<string> {
  const violations = await axe(page)
  return describeViolations(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'))
}

/** The page fits a 360 px phone: nothing wider than the viewport. */
export async function fitsThePhone(page: Page): Promise<void> {
  // Measured once the page has settled: a loading spinner or a header still laying out is not the page (seen once on
  // a loaded machine: the header's breadcrumb and a spinner wider than the phone, for a moment).
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width) return ''
    // The elements sticking out (leaves first), to say what to fix.
    return [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((element) => {
        const sticksOut = (candidate: Element) => candidate.getBoundingClientRect().right > width + 1
        // Inside a scrolling wrapper (a wide table), sticking out is intended.
        for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
          if (getComputedStyle(ancestor).overflowX !== 'visible') return false
        }
        return sticksOut(element) && ![...element.children].some(sticksOut)
      })
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} → ${Math.round(element.getBoundingClientRect().right)} px`,
      )
      .join('; ')
  })
  expect(overflow).toBe('')
}

/** A request for the Lot's CEJ (Mission Locale du Lot) in Cahors, through the public API; its id and reference. */
export async function submitCejLead(database: E2eDatabase, contact: { email?: string; phone?: string }): Promise<{ id: number; reference: string }> {
  const offer = await database.query<{ id: number }>(
    `select o.id from offers o join territories t on t.id = o.territory_id where o.title = 'Contrat d’engagement jeune (CEJ)' and t.slug = 'lot' limit 1`,
  )
  const response = await fetch(`${baseUrl()}/api/boussole/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ offer: offer.rows[0].id, commune: '46042', answers: JOB_SEEKER, contact, consent: true }),
  })
  expect(response.status).toBe(201)
  const { id } = (await response.json()) as { id: number }
  const { rows } = await database.query<{ reference: string }>(`select reference from leads where id = $1`, [id])
  return { id, reference: rows[0].reference }
}
