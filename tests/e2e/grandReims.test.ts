import { afterAll, describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'

import { demoSiret } from '../../src/seed/siret'
import { fitsThePhone, seriousViolations } from './helpers/backOffice'
import { baseUrl, DEMO_PASSWORD, DESKTOP, logInToAdmin, MOBILE, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'
import { answerEmploi } from './helpers/flow'
import { waitForMail } from './helpers/mail'

/**
 * Issue #13, « Done when »: opening « Grand Reims » end to end in a browser, as new users would, through the admin.
 * The national administrator creates the territory (the EPCI found by its SIREN, 143 communes), is refused the opening
 * while the checklist is incomplete, invites its animator; the animator chooses a password, records two organisations'
 * charters typing French dates (the one also active in another territory has a charter covering both, recorded by the
 * administrator), duplicates the national Emploi questionnaire and adds a negative branch, creates an offer whose rule
 * has an alternative (« ou bien »), imports a data·inclusion file, publishes the offer through the validation queue and
 * validates the other territory's offer proposed in Grand Reims; then the « Ouverture » tab, « Voir comme un jeune »
 * (nothing written), the administrator opens it, and a young person of Reims on a phone finds the offers.
 *
 * The e2e database is shared with the other browser test files: every name is unique to this run, and the territories
 * created here are deleted afterwards (the demo « Grand Reims » is left as it is, in preparation).
 */

const RUN = Date.now().toString(36)
const DIGITS = String(Date.now()).slice(-8)
const NAME = `Grand Reims ${RUN}`
const OTHER = `Châlons ${RUN}`
const ADMIN = 'admin@boussole.test'
const ANIMATOR = { email: `animatrice.${RUN}@grand-reims.example`, name: 'Camille Rémoise', password: 'Reims-ouverture-2026!' }
const MISSION_LOCALE = `Mission Locale rémoise ${RUN}`
const REGIONAL = `Réseau régional jeunesse ${RUN}`
const IMPORTED = `Espace emploi de Tinqueux ${RUN}`
const OFFER = `Coup de pouce emploi ${RUN}`
const OFFER_ELSEWHERE = `Job dating régional ${RUN}`
const REIMS = '51454'
// Not looking for a job but registered at the Mission Locale: only the offer rule's alternative (« ou bien ») matches;
// not at school, so the animator's negative branch asks « As-tu le permis ? ».
const WITHOUT_ACTIVITY = { situation: 'Je ne fais rien en ce moment' }
const shot = (page: Page, step: string) => screenshot(page, `grand-reims-${step}`)

let territory = 0
let other = 0

// Registered before `useDatabase`, whose own afterAll closes the connection.
afterAll(async () => {
  // Deleting a territory removes its offers, proposals, questionnaires and own charters (removeTerritoryDocuments).
  const login = await fetch(`${baseUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN, password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const remove = (path: string) => fetch(`${baseUrl()}/api${path}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } })
  for (const id of [territory, other].filter(Boolean)) await remove(`/territories/${id}`)
  const { rows } = await database.query<{ id: number }>(`select id from partners where name like $1`, [`%${RUN}`])
  for (const { id } of rows) await remove(`/partners/${id}`)
  await database.query(`update users set active = false where email = $1`, [ANIMATOR.email])
})
const browser = useBrowser()
const database = useDatabase()

/** A Payload select or relationship field: opens it, types the start of `text` if asked, picks the option. */
async function pick(page: Page, field: string, text: string | RegExp, type?: string): Promise<void> {
  // A menu left open by the previous pick would be closed, not opened, by the click.
  await page.keyboard.press('Escape')
  if (type) {
    // Into the search box itself: a click on the control's middle could land on a chosen value, which opens its document.
    const input = page.locator(`#field-${field} .rs__input`)
    await input.click()
    await input.pressSequentially(type)
  } else await page.locator(`#field-${field} .rs__control`).click()
  await page
    .locator('.rs__option', { hasText: text })
    .first()
    .click()
    .catch(async (error: Error) => {
      await screenshot(page, `grand-reims-echec-choix-${field}`)
      throw error
    })
}

/**
 * « Ajouter … » of an array field. The row appears at once in the form (Payload adds it locally, then asks the
 * server for its fields, which can take seconds on a busy machine): clicked again only when no row appeared (the
 * button is briefly disabled and can swallow a click), never when the row is merely slow to fill.
 */
async function addRow(page: Page, array: string, label: string | RegExp, firstField: string): Promise<void> {
  const rows = page.locator(`[id^="${array.replace(/__/g, '-')}-row-"]`)
  const before = await rows.count()
  const added = page.locator(`#${array.replace(/__/g, '-')}-row-${before}`)
  for (let attempt = 0; attempt < 3 && !(await added.count()); attempt += 1) {
    await page.locator(`#field-${array}`).getByRole('button', { name: label }).last().click()
    await added.waitFor({ timeout: 3_000 }).catch(() => {})
  }
  await page.locator(`#field-${firstField}`).waitFor({ timeout: 60_000 })
}

/** Types a date the French way in a Payload date field. */
async function typeDate(page: Page, field: string, value: string): Promise<void> {
  const input = page.locator(`#field-${field} input`)
  await input.click()
  await input.press('Control+a')
  await input.pressSequentially(value)
  await input.press('Escape')
}

/** Saves a new document and waits for its edit view; returns its id. */
async function saveNew(page: Page, collection: string): Promise<number> {
  const saved = page.waitForURL(new RegExp(`/admin/collections/${collection}/\\d+$`), { timeout: 90_000 }).catch(async (error: Error) => {
    // What the admin said instead (a refusal's toast), to make the failure readable.
    await screenshot(page, `grand-reims-echec-${collection}`)
    throw new Error(`${error.message}\n${(await page.locator('.payload-toast-container').allInnerTexts()).join(' | ')}`)
  })
  await page.locator('#action-save').click()
  await saved
  return Number(/\/(\d+)$/.exec(new URL(page.url()).pathname)![1])
}

/**
 * Chooses each of `names` in a multi-valued picker, after checking that the values the form started with are
 * `preset` (an animator's only territory is already there).
 */
async function pickAll(page: Page, field: string, names: string[], preset: string[]): Promise<void> {
  const chosen = page.locator(`#field-${field} .rs__multi-value`)
  await page.locator(`#field-${field}`).waitFor()
  await expect(chosen.allInnerTexts()).resolves.toEqual(preset)
  for (const name of names) if (!preset.includes(name)) await pick(page, field, name, name)
}
const dayOf = async (table: string, column: string, id: number) =>
  (await database.query<{ day: string }>(`select to_char(${column} at time zone 'Europe/Paris', 'YYYY-MM-DD') as day from ${table} where id = $1`, [id]))
    .rows[0].day

/** An organisation of the territory and its signed charter, typed by whoever is signed in (`territories`: the charter's). */
async function organisationWithCharter(
  page: Page,
  name: string,
  siret: string,
  territories: string[],
  shots: string,
  preset: string[] = [],
): Promise<{ partner: number; charter: number }> {
  await page.goto('/admin/collections/partners/create')
  await page.locator('#field-name').fill(name)
  await page.locator('#field-siret').fill(siret)
  await pick(page, 'type', 'Mission Locale')
  await pickAll(page, 'territories', territories, preset)
  const partner = await saveNew(page, 'partners')

  await page.goto('/admin/collections/charters/create')
  await pick(page, 'partner', name, name.slice(0, 14))
  await pickAll(page, 'territories', territories, preset)
  await pick(page, 'status', 'Signée')
  await page.locator('#field-signatoryName').fill('Claire Dupont')
  await typeDate(page, 'signedAt', '01/12/2026')
  await typeDate(page, 'expiresAt', '30/11/2028')
  await page.locator('#field-version').click() // leaves the date fields
  await expect(page.locator('#field-signedAt input').inputValue()).resolves.toBe('01/12/2026')
  await shot(page, shots)
  const charter = await saveNew(page, 'charters')
  expect(await dayOf('charters', 'signed_at', charter)).toBe('2026-12-01')
  expect(await dayOf('charters', 'expires_at', charter)).toBe('2028-11-30')
  await page.reload()
  await expect(page.locator('#field-expiresAt input').inputValue()).resolves.toBe('30/11/2028')
  return { partner, charter }
}

/** A data·inclusion v1 file of one structure and one service in Grand Reims (a SIRET of this run, zone: the EPCI). */
const dataInclusionFile = () => {
  const structure = { source: 'dora', id: `gr-${RUN}`, nom: IMPORTED, date_maj: '2026-11-02', siret: demoSiret(DIGITS.split('').reverse().join(''), '0021') }
  const service = {
    source: 'dora',
    structure_id: `gr-${RUN}`,
    id: `gr-${RUN}-cv`,
    nom: `Atelier CV ${RUN}`,
    description: 'Deux heures pour refaire ton CV avec une conseillère, chaque mardi à Tinqueux.',
    date_maj: '2026-11-02',
    thematiques: ['preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation'],
    zone_eligibilite: ['200067213'],
  }
  return { name: 'dora-grand-reims.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ structures: [structure], services: [service] })) }
}

describe('ouvrir « Grand Reims » de bout en bout', () => {
  let admin: BrowserContext
  let animator: BrowserContext

  afterAll(async () => {
    await admin?.close()
    await animator?.close()
  })

  test('1. l’administrateur crée le territoire (EPCI par son SIREN), l’ouverture est refusée, il invite l’animatrice', async () => {
    admin = await newContext(browser(), DESKTOP)
    const page = await logInToAdmin(admin, ADMIN)
    await page.goto('/admin/collections/territories/create')
    await page.locator('#field-name').fill(NAME)
    const preview = page.getByTestId('coverage-preview')
    await preview.filter({ hasText: 'Aucune zone choisie' }).waitFor()
    await pick(page, 'coverage__epcis', 'CU du Grand Reims (200067213)', '200067213')
    // The commune count is previewed before saving.
    await preview.filter({ hasText: /^Avec la couverture choisie : 143 communes couvertes \(.+…\)/ }).waitFor()
    await page.locator('.tabs-field__tab-button', { hasText: 'Thèmes' }).click()
    await addRow(page, 'themes', /Ajouter/, 'themes__0__theme')
    await pick(page, 'themes__0__theme', /^Emploi$/)
    await pick(page, 'themes__0__status', /^Ouvert$/)
    await page.locator('.tabs-field__tab-button', { hasText: 'Animation' }).click()
    await page.locator('#field-contact__structure').fill('Point Information Jeunesse de Reims')
    await page.locator('#field-contact__email').fill(`pij.${RUN}@reims.example`)
    await page.locator('#field-contact__phone').fill('03 26 77 00 00')
    await shot(page, '01-territoire')
    territory = await saveNew(page, 'territories')
    const stored = await database.query<{ commune_count: number; status: string }>(
      `select commune_count::int as commune_count, status from territories where id = $1`,
      [territory],
    )
    expect(stored.rows[0]).toEqual({ commune_count: 143, status: 'preparation' })

    // Opening now is refused, the missing items named in French (no animator, network nor offer yet).
    await page.goto(`/admin/collections/territories/${territory}`)
    await pick(page, 'status', /^Ouvert$/)
    await page.locator('#action-save').click()
    const refusal = page.locator('.payload-toast-container li', { hasText: 'Le territoire ne peut pas encore ouvrir' })
    await refusal.waitFor()
    await expect(refusal.innerText()).resolves.not.toMatch(/: status/)
    await shot(page, '02-ouverture-refusee')
    expect((await database.query(`select status from territories where id = $1`, [territory])).rows[0].status).toBe('preparation')

    await page.goto('/admin/inviter')
    const form = page.getByTestId('invite-form')
    await form.getByLabel('Un animateur ou une animatrice de territoire').check()
    await form.getByLabel('Nom et prénom').fill(ANIMATOR.name)
    await form.getByLabel('Courriel professionnel').fill(ANIMATOR.email)
    await form.locator('select[name="territories"]').selectOption({ label: NAME })
    await shot(page, '03-invitation')
    await form.getByRole('button', { name: 'Envoyer l’invitation' }).click()
    await page.getByText(`Invitation envoyée à ${ANIMATOR.email}.`).first().waitFor()

    const welcome = await waitForMail((mail) => mail.to.includes(ANIMATOR.email) && mail.subject.includes('choisissez votre mot de passe'))
    const link = /https?:\/\/\S+?\/admin\/choisir-mot-de-passe\/[0-9a-f]+/.exec(welcome.text)![0]
    animator = await newContext(browser(), DESKTOP)
    const welcomePage = await animator.newPage()
    await welcomePage.goto(new URL(link).pathname)
    await expect(welcomePage.locator('h1').first().innerText()).resolves.toBe('Choisir mon mot de passe')
    await welcomePage.locator('input[name="password"]').fill(ANIMATOR.password)
    await welcomePage.locator('input[name="confirm-password"]').fill(ANIMATOR.password)
    await shot(welcomePage, '04-choisir-mot-de-passe')
    await welcomePage.getByRole('button', { name: 'Choisir ce mot de passe' }).click()
    await welcomePage.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await shot(welcomePage, '05-cockpit-animatrice')
    await welcomePage.close()
  }, 300_000)

  test('2. l’animatrice : deux organismes et leurs chartes (dates à la française), dont un présent aussi à Châlons', async () => {
    const page = await animator.newPage()
    await page.goto('/admin')
    // The animator runs one territory: the organisation and its charter start in it.
    await organisationWithCharter(page, MISSION_LOCALE, demoSiret(DIGITS, '0010'), [NAME], '06-charte-mission-locale', [NAME])

    // The regional network works in two territories: one charter for both, recorded by the administrator (an
    // animator's perimeter is their own territory).
    const adminPage = await admin.newPage()
    await adminPage.goto('/admin/collections/territories/create')
    await adminPage.locator('#field-name').fill(OTHER)
    await adminPage.locator('.tabs-field__tab-button', { hasText: 'Thèmes' }).click()
    await addRow(adminPage, 'themes', /Ajouter/, 'themes__0__theme')
    await pick(adminPage, 'themes__0__theme', /^Emploi$/)
    await pick(adminPage, 'themes__0__status', /^Ouvert$/)
    other = await saveNew(adminPage, 'territories')
    await organisationWithCharter(adminPage, REGIONAL, demoSiret(`${DIGITS.slice(0, 7)}9`, '0011'), [OTHER, NAME], '07-charte-deux-territoires')
    const territories = await database.query<{ n: number }>(
      `select count(*)::int as n from charters_rels r join charters c on c.id = r.parent_id join partners p on p.id = c.partner_id where p.name = $1 and r.path = 'territories'`,
      [REGIONAL],
    )
    expect(territories.rows[0].n).toBe(2)

    // Its offer, at home in Châlons, published there, then proposed in Grand Reims.
    await adminPage.goto('/admin/collections/offers/create')
    await adminPage.locator('#field-title').fill(OFFER_ELSEWHERE)
    await adminPage.locator('#field-summary').fill('Rencontre des employeurs de la région en dix minutes chacun.')
    await pick(adminPage, 'partner', REGIONAL, REGIONAL.slice(0, 14))
    await pick(adminPage, 'territory', OTHER, OTHER.slice(0, 10))
    await pick(adminPage, 'theme', /^Emploi$/)
    await adminPage.locator('#field-contactDelayDays').fill('5')
    await pick(adminPage, 'status', 'Publiée')
    const elsewhere = await saveNew(adminPage, 'offers')
    await adminPage.goto('/admin/collections/offer-territories/create')
    await pick(adminPage, 'offer', OFFER_ELSEWHERE, OFFER_ELSEWHERE.slice(0, 12))
    await pick(adminPage, 'territory', NAME, NAME.slice(0, 12))
    await shot(adminPage, '08-proposee-dans-grand-reims')
    await saveNew(adminPage, 'offer-territories')
    await adminPage.close()
    const proposal = await database.query<{ status: string }>(`select status from offer_territories where offer_id = $1 and territory_id = $2`, [
      elsewhere,
      territory,
    ])
    expect(proposal.rows[0].status).toBe('en_attente')
  }, 300_000)

  test('3. l’animatrice duplique le questionnaire national Emploi et ajoute une branche « n’est aucune de »', async () => {
    const page = await animator.newPage()
    const national = await database.query<{ id: number; title: string }>(
      `select q.id, q.title from questionnaires q join themes t on t.id = q.theme_id where t.slug = 'emploi' and q.territory_id is null`,
    )
    await page.goto(`/admin/collections/questionnaires/${national.rows[0].id}`)
    const duplicate = page.getByTestId('duplicate-for-territory').getByRole('button', { name: `Dupliquer pour ${NAME}` })
    await duplicate.waitFor()
    await shot(page, '09-questionnaire-national')
    await duplicate.click()
    await page.waitForURL((url) => /\/admin\/collections\/questionnaires\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${national.rows[0].id}`))
    const copy = Number(/\/(\d+)$/.exec(new URL(page.url()).pathname)![1])
    const steps = await database.query<{ step: string }>(
      `select step from questionnaires_questions where _parent_id = $1 and step is not null order by _order`,
      [copy],
    )
    expect(steps.rows.map((row) => row.step)).toEqual(['Mon profil', 'Ma situation'])

    // « As-tu le permis » (question 7) shown unless still at school: the question and the answer picked in words.
    const toggle = page.locator('#questions-row-6 .collapsible__toggle').first()
    if (await toggle.evaluate((element) => element.classList.contains('collapsible__toggle--collapsed'))) await toggle.click()
    await addRow(page, 'questions__6__conditions', 'Ajouter Condition', 'questions__6__conditions__0__questionKey')
    await pick(page, 'questions__6__conditions__0__questionKey', 'Quelle est ta situation')
    await pick(page, 'questions__6__conditions__0__operator', 'n’est aucune de')
    await pick(page, 'questions__6__conditions__0__values', 'Je suis au collège ou au lycée')
    await shot(page, '10-branche-negative')
    await page.locator('#action-save').click()
    await page.locator('.payload-toast-container li', { hasText: 'succès' }).waitFor()
    const saved = await page.evaluate(
      async (id) => (await (await fetch(`/api/questionnaires/${id}?depth=0`)).json()) as { questions: { key: string; conditions?: unknown[] }[] },
      copy,
    )
    expect(saved.questions.find((question) => question.key === 'permis')?.conditions).toEqual([
      expect.objectContaining({ questionKey: 'situation', operator: 'notIn', values: ['lyceen'] }),
    ])
  }, 300_000)

  test('4. l’animatrice crée une offre à règle « ou bien », importe un fichier data·inclusion, publie et valide', async () => {
    const page = await animator.newPage()
    await page.goto('/admin/collections/offers/create')
    await page.locator('#field-title').fill(OFFER)
    await page.locator('#field-summary').fill('Une conseillère t’accompagne vers ton premier emploi.')
    await pick(page, 'partner', MISSION_LOCALE, MISSION_LOCALE.slice(0, 14))
    await expect(page.locator('#field-territory').innerText()).resolves.toContain(NAME)
    await pick(page, 'theme', /^Emploi$/)
    // « cherche un emploi » ou bien « inscrit à la Mission Locale », picked from Grand Reims's own questionnaire.
    await addRow(page, 'rules', 'Ajouter Condition', 'rules__0__criterion')
    await pick(page, 'rules__0__criterion', 'Quelle est ta situation')
    await pick(page, 'rules__0__values', 'Je cherche un emploi')
    await addRow(page, 'rules__0__anyOf', /Ajouter/, 'rules__0__anyOf__0__criterion')
    await pick(page, 'rules__0__anyOf__0__criterion', 'Es-tu déjà inscrit')
    await pick(page, 'rules__0__anyOf__0__values', 'À la Mission Locale')
    await page.locator('#field-contactDelayDays').fill('5')
    await pick(page, 'status', 'Soumise')
    await shot(page, '11-offre-regle-ou-bien')
    const offer = await saveNew(page, 'offers')
    const rules = await page.evaluate(async (id) => (await (await fetch(`/api/offers/${id}?depth=0&draft=true`)).json()) as { rules: unknown[] }, offer)
    expect(rules.rules).toEqual([
      expect.objectContaining({
        criterion: 'situation',
        values: ['demandeur_emploi'],
        anyOf: [expect.objectContaining({ criterion: 'inscriptions', values: ['mission_locale'] })],
      }),
    ])

    await page.goto('/admin/import-data-inclusion')
    const form = page.getByTestId('data-inclusion-import')
    await form.locator('input[type="file"]').setInputFiles(dataInclusionFile())
    await form.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await page.locator('table.bw-table').waitFor()
    await shot(page, '12-import-apercu')
    await form.getByRole('button', { name: /^Importer \(2 éléments\)$/ }).click()
    await form.getByText(/Import terminé : 1 organisme créé, 1 offre créée en brouillon/).waitFor()
    await shot(page, '13-import-termine')
    const imported = await database.query<{ status: string; territory_id: number }>(`select status, territory_id from offers where title = $1`, [
      `Atelier CV ${RUN}`,
    ])
    expect(imported.rows).toEqual([{ status: 'brouillon', territory_id: territory }])

    // The validation queue: the offer submitted, and the other territory's offer proposed here.
    await page.goto(`/admin/validation?offre=${offer}`)
    await page.getByTestId('offer-review').waitFor()
    await expect(page.getByTestId('validation-proposals').innerText()).resolves.toContain(OFFER_ELSEWHERE)
    await shot(page, '14-validation')
    await page.getByRole('button', { name: 'Publier' }).click()
    await page.waitForURL(/traitee=/, { timeout: 30_000 })
    expect((await database.query(`select status from offers where id = $1`, [offer])).rows[0].status).toBe('publiee')

    await page.goto('/admin/validation')
    await Promise.all([
      page.waitForURL(/\/admin\/collections\/offer-territories\/\d+$/),
      page
        .getByTestId('validation-proposals')
        .getByRole('link', { name: new RegExp(OFFER_ELSEWHERE) })
        .click(),
    ])
    await pick(page, 'status', 'Validée')
    await shot(page, '15-validee-pour-grand-reims')
    await page.locator('#action-save').click()
    await page.locator('.payload-toast-container li', { hasText: 'succès' }).waitFor()
    const proposal = await database.query<{ status: string }>(
      `select ot.status from offer_territories ot join offers o on o.id = ot.offer_id where o.title = $1 and ot.territory_id = $2`,
      [OFFER_ELSEWHERE, territory],
    )
    expect(proposal.rows[0].status).toBe('validee')
  }, 300_000)

  test('5. l’onglet « Ouverture », « Voir comme un jeune » sans rien écrire, puis l’administrateur ouvre', async () => {
    const page = await animator.newPage()
    await page.goto(`/admin/collections/territories/${territory}/ouverture`)
    await page.getByTestId('opening-checklist').waitFor()
    for (const key of ['coverage', 'animators', 'themes', 'offers', 'consortium', 'contact']) {
      await expect(page.getByTestId(`opening-item-${key}`).getAttribute('data-done')).resolves.toBe('oui')
    }
    await expect(page.getByTestId('opening-item-coverage').innerText()).resolves.toContain('143 communes')
    await shot(page, '16-liste-ouverture')

    const written = async () =>
      (
        await database.query<{ searches: number; leads: number }>(
          `select (select count(*)::int from searches where territory_id = $1) as searches, (select count(*)::int from leads where territory_id = $1) as leads`,
          [territory],
        )
      ).rows[0]
    await Promise.all([page.waitForURL(`**/commune/${REIMS}`), page.getByRole('link', { name: 'Voir comme un jeune' }).click()])
    await expect(page.getByTestId('preview-banner').innerText()).resolves.toContain('Aperçu — ce territoire n’est pas encore ouvert')
    await shot(page, '17-apercu-commune')
    await page.locator('#contenu a[href$="/emploi/questions"]').first().click()
    await page.waitForURL(`**/commune/${REIMS}/emploi/questions**`)
    await answerEmploi(page, WITHOUT_ACTIVITY)
    expect(page.url()).toContain(`/commune/${REIMS}/emploi/resultats?r=`)
    expect(await page.getByTestId('preview-banner').count()).toBe(1)
    await expect(page.locator('#contenu').innerText()).resolves.toContain(OFFER)
    await shot(page, '18-apercu-resultats')
    expect(await written()).toEqual({ searches: 0, leads: 0 })
    await page.goto('/apercu/quitter').catch(() => {})
    await page.close()

    const adminPage = await admin.newPage()
    await adminPage.goto(`/admin/collections/territories/${territory}`)
    await pick(adminPage, 'status', /^Ouvert$/)
    await adminPage.locator('#action-save').click()
    await adminPage.locator('.payload-toast-container li', { hasText: 'succès' }).waitFor()
    await shot(adminPage, '19-territoire-ouvert')
    expect((await database.query(`select status from territories where id = $1`, [territory])).rows[0].status).toBe('ouvert')
    await adminPage.close()
  }, 300_000)

  test('6. une jeune de Reims, sur un téléphone de 360 px, trouve les offres (dont celle à règle « ou »)', async () => {
    const context = await newContext(browser(), MOBILE)
    try {
      const page = await context.newPage()
      await page.goto(`/commune/${REIMS}`)
      expect(await page.getByTestId('preview-banner').count()).toBe(0)
      expect(await seriousViolations(page)).toBe('')
      await fitsThePhone(page)
      await shot(page, '20-jeune-commune')
      await page.locator('#contenu a[href$="/emploi/questions"]').first().click()
      await page.waitForURL(`**/commune/${REIMS}/emploi/questions**`)
      expect(await seriousViolations(page)).toBe('')
      await shot(page, '21-jeune-questionnaire')
      await answerEmploi(page, WITHOUT_ACTIVITY)
      expect(page.url()).toContain(`/commune/${REIMS}/emploi/resultats?r=`)
      const results = page.locator('#contenu')
      // Not looking for a job but registered at the Mission Locale: the rule's alternative matches.
      await expect(results.innerText()).resolves.toContain(OFFER)
      await expect(results.innerText()).resolves.toContain(OFFER_ELSEWHERE)
      expect(await seriousViolations(page)).toBe('')
      await fitsThePhone(page)
      await shot(page, '22-jeune-resultats')
      await Promise.all([page.waitForURL('**/offre/**'), page.locator('#contenu a', { hasText: OFFER }).first().click()])
      await expect(page.locator('#contenu h1').innerText()).resolves.toBe(OFFER)
      expect(await seriousViolations(page)).toBe('')
      await shot(page, '23-jeune-offre')
    } finally {
      await context.close()
    }
  }, 300_000)
})
