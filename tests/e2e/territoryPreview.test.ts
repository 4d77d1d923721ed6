import { beforeAll, describe, expect, test } from '@jest/globals'

import { demoSiret } from '../../src/seed/siret'
import { JOB_SEEKER } from './helpers/answers'
import { axe, baseUrl, DEMO_PASSWORD, DESKTOP, describeViolations, logInToAdmin, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'
import { checkPage } from './helpers/flow'

/**
 * « Voir comme un jeune » on the demo territory in preparation (Grand Reims, production build): its animator sees the
 * opening checklist, walks the public pages of the territory from the button, with the banner and `noindex`, up to the
 * results and an offer whose form says it is a preview; nothing is written. An anonymous browser and an animator of
 * another territory get 404 on the same addresses.
 */
const browser = useBrowser()
const database = useDatabase()

const REIMS = '51454'
const ANIMATOR = 'animatrice.grand-reims.e2e@boussole.test'
const OFFER_TITLE = 'Premiers pas vers l’emploi à Reims'
const r = Buffer.from(JSON.stringify(JOB_SEEKER)).toString('base64url')
let territory: number
let offer: number

async function api(method: string, path: string, body: unknown, token: string) {
  const response = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as { doc?: { id: number } }
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
  return json.doc!.id
}

const counts = async () =>
  (
    await database.query<{ searches: string; leads: string; jobs: string }>(
      `select (select count(*) from searches) as searches, (select count(*) from leads) as leads, (select count(*) from payload_jobs) as jobs`,
    )
  ).rows[0]

beforeAll(async () => {
  territory = (await database.query<{ id: number }>(`select id from territories where slug = 'grand-reims'`)).rows[0].id
  const existing = await database.query<{ id: number }>(`select id from offers where title = $1`, [OFFER_TITLE])
  if (existing.rows[0]) {
    offer = existing.rows[0].id
    return
  }
  // The territory's animator and a first organisation with its charter and an offer (through the API, as an administrator).
  const login = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@boussole.test', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  await api('POST', '/users', { email: ANIMATOR, password: DEMO_PASSWORD, name: 'Animatrice Grand Reims', role: 'animator', territories: [territory] }, token)
  const partner = await api(
    'POST',
    '/partners',
    { name: 'Mission Locale de Reims (e2e)', siret: demoSiret('51454000', '0007'), type: 'mission-locale', territories: [territory] },
    token,
  )
  await api(
    'POST',
    '/charters',
    { partner, territories: [territory], version: '2026-1', status: 'signee', signatoryName: 'Claire Reims', signedAt: '2026-11-02T12:00:00.000Z' },
    token,
  )
  offer = await api(
    'POST',
    '/offers',
    {
      title: OFFER_TITLE,
      summary: 'Un ou une conseillère t’aide à trouver ton premier emploi.',
      partner,
      territory,
      theme: await emploi(),
      status: 'publiee',
      contactDelayDays: 5,
    },
    token,
  )
}, 120_000)

const emploi = async () => (await database.query<{ id: number }>(`select id from themes where slug = 'emploi'`)).rows[0].id

describe('« Voir comme un jeune »', () => {
  test('the animator sees the checklist, walks the territory to the results and an offer; the banner is there, nothing is written', async () => {
    const context = await newContext(browser(), DESKTOP)
    try {
      const page = await logInToAdmin(context, ANIMATOR)
      await page.goto(`/admin/collections/territories/${territory}/ouverture`)
      const checklist = page.getByTestId('opening-checklist')
      await checklist.waitFor()
      await expect(page.getByTestId('opening-item-coverage').getAttribute('data-done')).resolves.toBe('oui')
      await expect(page.getByTestId('opening-item-animators').getAttribute('data-done')).resolves.toBe('oui')
      await expect(page.getByTestId('opening-item-contact').getAttribute('data-done')).resolves.toBe('oui')
      await expect(page.getByTestId('opening-item-coverage').innerText()).resolves.toMatch(/1\d\d communes couvertes/)
      // Serious violations of the checklist's page, except Payload's own document tabs (its <ul> markup, not ours).
      const violations = (await axe(page))
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .filter((violation) => !violation.nodes.every((node) => node.target.join(' ').includes('.doc-tabs__tabs')))
      expect(describeViolations(violations)).toBe('')
      await screenshot(page, 'ouverture-liste')

      const before = await counts()
      await Promise.all([page.waitForURL(`**/commune/${REIMS}`), page.getByRole('link', { name: 'Voir comme un jeune' }).click()])
      const banner = page.getByTestId('preview-banner')
      await expect(banner.innerText()).resolves.toContain('Aperçu — ce territoire n’est pas encore ouvert')
      await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/)
      await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Qu’est-ce que tu cherches ?')
      await checkPage(page, 'apercu-commune')

      await page.locator('#contenu a[href$="/emploi/questions"]').first().click()
      await page.waitForURL(`**/commune/${REIMS}/emploi/questions**`)
      expect(await banner.count()).toBe(1)
      await checkPage(page, 'apercu-questions')

      await page.goto(`/commune/${REIMS}/emploi/resultats?r=${r}`)
      const card = page.locator(`#contenu a[href^="/offre/${offer}"]`)
      expect(await card.count()).toBe(1)
      await checkPage(page, 'apercu-resultats')
      await Promise.all([page.waitForURL(`**/offre/${offer}**`), card.click()])
      await expect(page.locator('#contenu h1').innerText()).resolves.toBe(OFFER_TITLE)
      expect(await banner.count()).toBe(1)
      await checkPage(page, 'apercu-offre')

      await page.fill('#lead-email', 'jeune.apercu@exemple.fr')
      await page.locator('label[for=lead-consent]').click()
      await page.click('button:has-text("Envoyer ma demande")')
      await expect(page.locator('#contenu', { hasText: 'aucune demande n’a été envoyée ni enregistrée' }).waitFor()).resolves.toBeUndefined()
      await screenshot(page, 'apercu-demande')

      expect(await counts()).toEqual(before)
      expect((await database.query(`select 1 from leads where contact_email = 'jeune.apercu@exemple.fr'`)).rowCount).toBe(0)
    } finally {
      await context.close()
    }
  }, 240_000)

  test('an anonymous browser, and an animator of another territory, get 404 on the same addresses', async () => {
    const anonymous = await newContext(browser(), DESKTOP)
    const other = await newContext(browser(), DESKTOP)
    try {
      const page = await anonymous.newPage()
      for (const path of [`/apercu/${territory}`, `/commune/${REIMS}/emploi/questions`, `/commune/${REIMS}/emploi/resultats?r=${r}`, `/offre/${offer}`]) {
        expect({ path, status: (await page.goto(path))?.status() }).toEqual({ path, status: 404 })
      }
      await page.goto(`/commune/${REIMS}`)
      expect(await page.getByTestId('preview-banner').count()).toBe(0)
      await expect(page.locator('#contenu h1').innerText()).resolves.toContain('pas encore ouverte')

      const lot = await logInToAdmin(other, 'animateur.lot@boussole.test')
      expect((await lot.goto(`/apercu/${territory}`))?.status()).toBe(404)
      expect((await lot.goto(`/offre/${offer}`))?.status()).toBe(404)
    } finally {
      await anonymous.close()
      await other.close()
    }
  }, 120_000)
})
