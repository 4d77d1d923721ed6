import { describe, expect, it } from '@jest/globals'

import { baseUrl, DESKTOP, useBrowser, newContext } from './helpers/browser'
import { waitForMail } from './helpers/mail'

/**
 * An email change in the back office, as the professional lives it: they ask for a new address, the link
 * arrives there, it opens the confirmation page (after the login page when signed out), one button confirms.
 */
const PASSWORD = 'Boussole-demo-2026!'
const PARTNER = 'pro.pij-cahors@boussole.test'
const NEW_EMAIL = 'nouvelle.adresse.pij@exemple.fr'

async function api(pathname: string, init: RequestInit = {}) {
  const response = await fetch(`${baseUrl()}${pathname}`, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : null }
}

const browser = useBrowser()

describe('changing the email address of an account', () => {
  it('waits for the confirmation from the new address, then the new address is the login', async () => {
    const login = await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: PARTNER, password: PASSWORD }) })
    expect(login.status).toBe(200)
    const asked = await api(`/api/users/${login.json.user.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${login.json.token}` },
      body: JSON.stringify({ pendingEmail: NEW_EMAIL }),
    })
    expect(asked.status).toBe(200)

    const mail = await waitForMail((candidate) => candidate.to.includes(NEW_EMAIL) && candidate.subject.includes('confirmez votre nouvelle adresse'), 60_000)
    const link = /https?:\/\/[^\s"<]+\/admin\/confirmer-courriel\?jeton=[^\s"<]+/.exec(mail.text)?.[0]
    expect(link).toBeTruthy()

    const context = await newContext(browser(), DESKTOP)
    try {
      const page = await context.newPage()
      // Signed out: the login page first, then back to the link.
      await page.goto(new URL(link!).pathname + new URL(link!).search)
      await page.waitForURL((url) => url.pathname.startsWith('/admin/login'), { timeout: 60_000 })
      await page.locator('input[name="email"]').fill(PARTNER)
      await page.locator('input[name="password"]').fill(PASSWORD)
      await page.locator('form button[type="submit"]').click()
      await page.waitForURL((url) => url.pathname === '/admin/confirmer-courriel', { timeout: 60_000 })
      await expect(page.getByRole('heading', { name: 'Confirmer ma nouvelle adresse' }).isVisible()).resolves.toBe(true)
      expect((await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: NEW_EMAIL, password: PASSWORD }) })).status).toBe(401)

      await page.getByTestId('confirm-email-form').getByRole('button', { name: 'Confirmer ma nouvelle adresse' }).click()
      await page.getByText('Votre nouvelle adresse est confirmée').waitFor({ timeout: 30_000 })
      expect((await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: NEW_EMAIL, password: PASSWORD }) })).status).toBe(200)
      expect((await api('/api/users/login', { method: 'POST', body: JSON.stringify({ email: PARTNER, password: PASSWORD }) })).status).not.toBe(200)
    } finally {
      await context.close()
    }
  }, 240_000)
})
