import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'

import { baseUrl, DESKTOP, logInToAdmin, newContext, useBrowser } from './helpers/browser'

/** The back office as a partner professional and as a territorial animator (demo accounts). */
const PASSWORD = 'Boussole-demo-2026!'
const PARTNER = 'pro.missionlocale46@boussole.test'
const ANIMATOR = 'animateur.lot@boussole.test'
const SUBMITTED_OFFER = 'Parler à quelqu’un quand ça ne va pas'
const CEJ = 'Contrat d’engagement jeune (CEJ)'

const SHOTS = path.resolve(process.cwd(), 'tests/artifacts/admin')
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

async function api<T = any>(pathname: string, init: RequestInit = {}): Promise<{ status: number; json: T }> {
  const response = await fetch(`${baseUrl()}${pathname}`, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } })
  const text = await response.text()
  return { status: response.status, json: (text ? JSON.parse(text) : null) as T }
}

async function offerId(title: string, token?: string): Promise<number> {
  const query = `where[and][0][title][equals]=${encodeURIComponent(title)}&where[and][1][territory.slug][equals]=lot&depth=0&limit=1`
  const { json } = await api<{ docs: { id: number }[] }>(`/api/offers?${query}`, token ? { headers: { Authorization: `JWT ${token}` } } : {})
  if (!json.docs[0]) throw new Error(`Offre introuvable : ${title}`)
  return json.docs[0].id
}

async function token(email: string): Promise<string> {
  const { status, json } = await api<{ token: string }>('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) })
  if (status !== 200) throw new Error(`Connexion impossible pour ${email} (${status})`)
  return json.token
}

/** A page signed in as `email` (the session cookie then serves every page of the context). */
const sessions = new WeakMap<BrowserContext, Page>()
async function logIn(context: BrowserContext, email: string): Promise<Page> {
  const signedIn = sessions.get(context)
  if (signedIn) return signedIn
  const page = await logInToAdmin(context, email, PASSWORD)
  sessions.set(context, page)
  return page
}

/** Polls `read` until it returns `expected` (the admin saves asynchronously). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last: T | undefined
  while (Date.now() < deadline) {
    last = await read()
    if (last === expected) return
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  expect(last).toBe(expected)
}

const browser = useBrowser()

describe('back office as a partner professional', () => {
  let context: BrowserContext

  beforeAll(async () => {
    context = await newContext(browser(), DESKTOP)
  })
  afterAll(async () => {
    await context?.close()
  })

  it('closes a lead with its outcome and a comment', async () => {
    const offer = await offerId(CEJ)
    const created = await api<{ reference: string; id?: number }>('/api/boussole/leads', {
      method: 'POST',
      body: JSON.stringify({
        offer,
        commune: '46042',
        answers: { age: 19, situation: 'demandeur_emploi', projet_emploi: 'emploi', diplome: 'bac', permis: 'non' },
        contact: { email: 'jeune.e2e@example.org', phone: '06 12 34 56 78' },
        consent: true,
        website: '',
      }),
    })
    expect(created.status).toBe(201)
    const partnerToken = await token(PARTNER)
    const { json: leads } = await api<{ docs: { id: number; reference: string }[] }>(
      `/api/leads?where[reference][equals]=${encodeURIComponent(created.json.reference)}&depth=0`,
      { headers: { Authorization: `JWT ${partnerToken}` } },
    )
    const leadId = leads.docs[0].id

    const page = await logIn(context, PARTNER)
    await shot(page, 'partner-01-home')
    await page.goto(`/admin/collections/leads/${leadId}`)
    // The request page (not Payload's generic form): close it with its outcome and a comment.
    await page.locator('#brp-outcome').waitFor()
    await shot(page, 'partner-02-lead-new')
    await page.selectOption('#brp-outcome', 'rdv_fixe')
    await page.locator('#brp-comment').fill('Appelé le jeune, rendez-vous fixé mardi avec sa conseillère.')
    await page.getByRole('button', { name: 'Clôturer', exact: true }).click()
    await page.waitForURL(/fait=close/)
    await eventually(
      async () => (await api<{ status: string }>(`/api/leads/${leadId}?depth=0`, { headers: { Authorization: `JWT ${partnerToken}` } })).json.status,
      'cloturee',
    )
    await shot(page, 'partner-03-lead-closed')
  }, 180_000)

  it('submits a draft offer for validation from the offer screen', async () => {
    const partnerToken = await token(PARTNER)
    const draft = await offerId('Atelier CV et simulation d’entretien', partnerToken)
    const page = await logIn(context, PARTNER)
    await page.goto('/admin/collections/offers')
    await page.locator('.collection-list, [class*="collection-list"]').first().waitFor({ timeout: 60_000 })
    await shot(page, 'partner-04-offers-list')
    await page.getByTestId('offers-banner').waitFor()
    await page.goto(`/admin/collections/offers/${draft}`)
    const submit = page.getByRole('button', { name: 'Soumettre pour validation' })
    await submit.waitFor()
    await shot(page, 'partner-05-offer-draft')
    await submit.click()
    await eventually(
      async () => (await api<{ status: string }>(`/api/offers/${draft}?depth=0`, { headers: { Authorization: `JWT ${partnerToken}` } })).json.status,
      'soumise',
    )
    // The screen reloads with the new status: the button is gone.
    await page.getByRole('button', { name: 'Soumettre pour validation' }).waitFor({ state: 'detached', timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await shot(page, 'partner-05b-offer-submitted')
  }, 180_000)

  it('browses the annuaire des homologues, filtered by theme', async () => {
    const page = await logIn(context, PARTNER)
    await page.goto('/admin/annuaire?theme=logement')
    await page.waitForLoadState('networkidle')
    await shot(page, 'partner-06-annuaire')
    await page.getByTestId('annuaire').waitFor()
    const text = await page.getByTestId('annuaire').innerText()
    expect(text).toContain('Habitat Jeunes du Lot')
    expect(text).toContain('pro.fjt-lot@boussole.test')
    expect(text).not.toContain('Sicoval')
    await shot(page, 'partner-06-annuaire')
  }, 120_000)
})

describe('back office as a territorial animator', () => {
  let context: BrowserContext

  beforeAll(async () => {
    context = await newContext(browser(), DESKTOP)
  })
  afterAll(async () => {
    await context?.close()
  })

  it('publishes a submitted offer from the validation queue', async () => {
    const animatorToken = await token(ANIMATOR)
    const id = await offerId(SUBMITTED_OFFER, animatorToken)
    expect((await api(`/api/offers/${id}`)).status).toBe(404)

    const page = await logIn(context, ANIMATOR)
    await shot(page, 'animator-01-home')
    await page.goto(`/admin/validation?offre=${id}`)
    await page.getByTestId('offer-review').waitFor()
    expect(await page.getByTestId('validation-queue').innerText()).toContain(SUBMITTED_OFFER)
    await shot(page, 'animator-02-validation-queue')
    await page.getByRole('button', { name: 'Publier' }).click()
    await page.waitForURL(/traitee=/, { timeout: 30_000 })
    await shot(page, 'animator-03-published')

    const published = await api<{ status: string; publishedAt: string }>(`/api/offers/${id}?depth=0`)
    expect(published.status).toBe(200)
    expect(published.json.status).toBe('publiee')
    expect(published.json.publishedAt).toBeTruthy()
  }, 180_000)

  it('shows the invitation form, the covered communes and the questionnaire tree', async () => {
    const page = await logIn(context, ANIMATOR)
    await page.goto('/admin/inviter')
    await page.waitForLoadState('networkidle')
    await shot(page, 'animator-04-invite')
    await page.getByTestId('invite-form').waitFor()

    const animatorToken = await token(ANIMATOR)
    const { json: territories } = await api<{ docs: { id: number }[] }>('/api/territories?where[slug][equals]=lot&depth=0', {
      headers: { Authorization: `JWT ${animatorToken}` },
    })
    await page.goto(`/admin/collections/territories/${territories.docs[0].id}/communes`)
    await page.getByTestId('covered-communes').waitFor()
    expect(await page.getByTestId('commune-count').innerText()).toMatch(/\d+ commune/)
    await shot(page, 'animator-05-territory-communes')

    const { json: questionnaires } = await api<{ docs: { id: number }[] }>('/api/questionnaires?where[territory][exists]=false&limit=1&depth=0')
    await page.goto(`/admin/collections/questionnaires/${questionnaires.docs[0].id}/arbre`)
    await page.getByTestId('question-tree').waitFor()
    await shot(page, 'animator-06-questionnaire-tree')
  }, 180_000)
})
