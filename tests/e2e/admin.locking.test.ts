import { describe, expect, it } from '@jest/globals'
import type { BrowserContext } from 'playwright-core'

import { baseUrl, DESKTOP, logInToAdmin, newContext, screenshot, useBrowser } from './helpers/browser'

/**
 * Document locking in the real back office, with the access of `payload-locked-documents` tightened
 * (src/access/payloadCollections.ts): a partner editing its offer locks it; the territory's animator then
 * sees it locked by the partner; the lock can be taken over by someone who may edit the offer.
 */
const PASSWORD = 'Boussole-demo-2026!'
const PARTNER = 'pro.missionlocale46@boussole.test'
const ANIMATOR = 'animateur.lot@boussole.test'
const ADMIN = 'admin@boussole.test'
const LOCKED_OFFER = 'Déclic : 8 semaines pour rebondir'

async function api<T = any>(pathname: string, token?: string): Promise<{ status: number; json: T }> {
  const response = await fetch(`${baseUrl()}${pathname}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  const text = await response.text()
  return { status: response.status, json: (text ? JSON.parse(text) : null) as T }
}

async function token(email: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const json = (await response.json()) as { token?: string; user?: { id: number } }
  if (!json.token) throw new Error(`Connexion impossible pour ${email}`)
  return json.token
}

const logIn = (context: BrowserContext, email: string) => logInToAdmin(context, email, PASSWORD)

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last = await read()
  while (!accept(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300))
    last = await read()
  }
  return last
}

const browser = useBrowser()

describe('document locking in the back office', () => {
  it('a partner’s open offer is shown locked to the animator, who may take it over', async () => {
    const adminToken = await token(ADMIN)
    const partnerToken = await token(PARTNER)
    const me = await api<{ user: { id: number; partner: number | { id: number } } }>('/api/users/me', partnerToken)
    const partnerId = typeof me.json.user.partner === 'object' ? me.json.user.partner.id : me.json.user.partner
    // An offer no other browser test opens: the e2e files run side by side on one server, and a lock left here
    // would show another test's page as locked.
    const offers = await api<{ docs: { id: number }[] }>(
      `/api/offers?where[partner][equals]=${partnerId}&where[title][equals]=${encodeURIComponent(LOCKED_OFFER)}&depth=0&limit=1`,
      partnerToken,
    )
    const offerId = offers.json.docs[0].id
    const locksOf = () =>
      api<{ docs: { user: { value: number | { id: number } } }[] }>(
        `/api/payload-locked-documents?where[document.value][equals]=${offerId}&depth=0`,
        adminToken,
      )
    const holder = (lock?: { user: { value: number | { id: number } } }) =>
      lock ? (typeof lock.user.value === 'object' ? lock.user.value.id : lock.user.value) : null

    const partnerContext = await newContext(browser(), DESKTOP)
    const animatorContext = await newContext(browser(), DESKTOP)
    try {
      const partnerPage = await logIn(partnerContext, PARTNER)
      await partnerPage.goto(`/admin/collections/offers/${offerId}`)
      // the admin takes the lock when the person starts editing (its form-state request on change)
      await partnerPage.locator('#field-title').waitFor({ timeout: 60_000 })
      await partnerPage.locator('#field-title').click()
      await partnerPage.keyboard.type(' ')
      const locked = await eventually(locksOf, ({ json }) => json.docs.length === 1)
      expect(holder(locked.json.docs[0])).toBe(me.json.user.id)

      const animatorPage = await logIn(animatorContext, ANIMATOR)
      await animatorPage.goto(`/admin/collections/offers/${offerId}`)
      const modal = animatorPage.getByText('est en train de modifier ce document', { exact: false })
      await modal.first().waitFor({ timeout: 60_000 })
      await screenshot(animatorPage, 'admin-offer-locked')
      await animatorPage.getByRole('button', { name: 'Prendre en charge' }).first().click()
      const animator = await api<{ user: { id: number } }>('/api/users/me', await token(ANIMATOR))
      const taken = await eventually(locksOf, ({ json }) => holder(json.docs[0]) === animator.json.user.id)
      expect(holder(taken.json.docs[0])).toBe(animator.json.user.id)
    } finally {
      await partnerContext.close()
      await animatorContext.close()
      for (const lock of (await locksOf()).json.docs as unknown as { id: number }[]) {
        await fetch(`${baseUrl()}/api/payload-locked-documents/${lock.id}`, { method: 'DELETE', headers: { Authorization: `JWT ${adminToken}` } })
      }
    }
  }, 180_000)
})
