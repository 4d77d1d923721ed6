import { afterAll, describe, expect, test } from '@jest/globals'

import { DESKTOP, logInToAdmin, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'
import { waitForMail } from './helpers/mail'

/**
 * Opening a territory starts with its animator: the national administrator invites them from « Inviter » with their
 * territory, the welcome email's link opens « Choisir mon mot de passe » (a forgotten password keeps « Réinitialiser le
 * mot de passe »), the animator chooses a password and lands signed in on their dashboard; then, from the national
 * questionnaire (read-only for them), « Dupliquer pour Sicoval » creates the territory's own copy, its questions
 * labelled by their wording.
 */
const ADMIN = 'admin@boussole.test'
const ANIMATOR = { email: 'animatrice.nouvelle@sicoval.example', name: 'Inès Nouvelle' }
const PASSWORD = 'Sicoval-ouverture-2026!'

// Registered before `useDatabase`, whose own afterAll closes the connection.
afterAll(async () => {
  // The other browser test files share this database: the copy goes, the new animator leaves the territory's emails.
  await database.query(`delete from questionnaires where title like '% — Sicoval' and territory_id = (select id from territories where slug = 'sicoval')`)
  await database.query(`update users set active = false where email = $1`, [ANIMATOR.email])
})
const browser = useBrowser()
const database = useDatabase()

describe('inviting an animator', () => {
  test('the administrator invites, the link opens « Choisir mon mot de passe », the animator lands on their dashboard and duplicates a questionnaire', async () => {
    const adminContext = await newContext(browser(), DESKTOP)
    const admin = await logInToAdmin(adminContext, ADMIN)
    await admin.goto('/admin/inviter')
    const form = admin.getByTestId('invite-form')
    await form.waitFor()
    await form.getByLabel('Un animateur ou une animatrice de territoire').check()
    await form.getByLabel('Nom et prénom').fill(ANIMATOR.name)
    await form.getByLabel('Courriel professionnel').fill(ANIMATOR.email)
    await form.locator('select[name="territories"]').selectOption({ label: 'Sicoval' })
    await screenshot(admin, 'invite-animator-01-form')
    await form.getByRole('button', { name: 'Envoyer l’invitation' }).click()
    await admin.getByText(`Invitation envoyée à ${ANIMATOR.email}.`).first().waitFor()
    const stored = await database.query<{ role: string; territories: number }>(
      `select role, (select count(*)::int from users_rels where parent_id = users.id and path = 'territories') as territories from users where email = $1`,
      [ANIMATOR.email],
    )
    expect(stored.rows[0]).toEqual({ role: 'animator', territories: 1 })
    await adminContext.close()

    const welcome = await waitForMail((mail) => mail.to.includes(ANIMATOR.email) && mail.subject.includes('choisissez votre mot de passe'))
    const link = /https?:\/\/\S+?\/admin\/choisir-mot-de-passe\/[0-9a-f]+/.exec(welcome.text)?.[0]
    expect(link).toBeTruthy()

    const context = await newContext(browser(), DESKTOP)
    const page = await context.newPage()
    // A forgotten password's page keeps its own title.
    await page.goto('/admin/reset/0000')
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Réinitialiser le mot de passe')

    await page.goto(new URL(link!).pathname)
    await expect(page.locator('h1').first().innerText()).resolves.toBe('Choisir mon mot de passe')
    await page.locator('input[name="password"]').fill(PASSWORD)
    await page.locator('input[name="confirm-password"]').fill(PASSWORD)
    await screenshot(page, 'invite-animator-02-choose-password')
    await page.getByRole('button', { name: 'Choisir ce mot de passe' }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 })
    await page.getByText('Cockpit').first().waitFor()
    const me = await page.evaluate(async () => (await (await fetch('/api/users/me')).json()) as { user: { email: string } | null })
    expect(me.user?.email).toBe(ANIMATOR.email)
    await screenshot(page, 'invite-animator-03-dashboard')

    // « Dupliquer pour mon territoire » from the national Formation questionnaire.
    const national = await database.query<{ id: number; title: string }>(
      `select q.id, q.title from questionnaires q join themes t on t.id = q.theme_id where t.slug = 'formation' and q.territory_id is null`,
    )
    await page.goto(`/admin/collections/questionnaires/${national.rows[0].id}`)
    const duplicate = page.getByTestId('duplicate-for-territory').getByRole('button', { name: 'Dupliquer pour Sicoval' })
    await duplicate.waitFor()
    await screenshot(page, 'invite-animator-04-national-questionnaire')
    await duplicate.click()
    await page.waitForURL((url) => /\/admin\/collections\/questionnaires\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${national.rows[0].id}`))
    await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe(`${national.rows[0].title} — Sicoval`)
    // Rows carry their question: « 1. … ».
    await page.locator('.array-field__row-header, .collapsible__header-wrap').filter({ hasText: /^1\. / }).first().waitFor()
    await screenshot(page, 'invite-animator-05-territory-copy')
    await context.close()
  }, 240_000)
})
