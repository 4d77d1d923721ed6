import { describe, expect, test } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'

import { leadToken } from '../../src/plugins/boussole/leads/signatures'
import { JOB_SEEKER } from './helpers/answers'
import { baseUrl, DESKTOP, MOBILE, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'
import { checkPage, choose, next } from './helpers/flow'
import { readMails, waitForMail } from './helpers/mail'
import { PAYLOAD_SECRET_DIGEST } from './setup/environment'

/**
 * Everything that is not the happy path: outside every territory, nothing matching, the lead form's errors,
 * damaged or tampered addresses, archived offers. Never a dead end, never a 500.
 */
const browser = useBrowser()
const database = useDatabase()

const r = (answers: Record<string, unknown>) => Buffer.from(JSON.stringify(answers)).toString('base64url')

async function withPage<T>(options: Parameters<typeof newContext>[1], run: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await newContext(browser(), options)
  try {
    return await run(await context.newPage(), context)
  } finally {
    await context.close()
  }
}

test('hors de tout territoire (Rennes) : les structures Info Jeunes, les territoires ouverts, le site national', async () => {
  await withPage(MOBILE, async (page) => {
    await page.goto('/')
    await page.locator('#commune-q').pressSequentially('Rennes', { delay: 30 })
    await page.locator('[role=option]', { hasText: 'Rennes (35000)' }).click()
    await Promise.all([page.waitForURL('**/commune/35238'), page.click('#contenu button[type=submit]')])
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Boussole n’est pas encore ouverte à Rennes')
    const text = await page.locator('#contenu').innerText()
    expect(text).toContain('Info Jeunes')
    for (const territory of ['Lot', 'Sicoval', 'Montpellier Méditerranée Métropole']) expect(text).toContain(territory)
    expect(await page.locator('a[href="https://www.info-jeunes.fr/"]').count()).toBeGreaterThan(0)
    expect(await page.locator('#contenu a[href^="/territoires/"]').count()).toBe(3)
    await checkPage(page, 'hors-territoire-rennes')
  })
}, 120_000)

test('aucun résultat (Ramonville, santé, 28 ans) : on dit pourquoi et quoi essayer', async () => {
  await withPage(DESKTOP, async (page) => {
    await page.goto('/commune/31446/sante/questions')
    await page.fill('#contenu input[name=reponse]', '28')
    await next(page)
    await choose(page, 'Je travaille (CDI, CDD, intérim…)')
    await next(page)
    await choose(page, 'Faire un bilan de santé complet')
    await next(page)
    await choose(page, 'Oui, les deux')
    await next(page)
    await choose(page, 'Plus de 1 000 €')
    await next(page)
    expect(page.url()).toContain('/commune/31446/sante/resultats?r=')
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Aucun service ne correspond exactement à ta situation')
    const text = await page.locator('#contenu').innerText()
    expect(text).toMatch(/services? (était|étaient) tout près de te correspondre/)
    expect(await page.locator('#contenu a', { hasText: 'Vérifier ou changer une réponse' }).count()).toBe(1)
    expect(await page.locator('#contenu a[href="/commune/31446"]', { hasText: 'Regarder un autre thème' }).count()).toBe(1)
    expect(await page.locator('#contenu a[href="https://www.info-jeunes.fr/"]').count()).toBe(1)
    await checkPage(page, 'aucun-resultat')
    // « Modifier » goes back to the first question, answers kept.
    await Promise.all([page.waitForURL('**/questions**'), page.click('text=Vérifier ou changer une réponse')])
    await expect(page.inputValue('#contenu input[name=reponse]')).resolves.toBe('28')
  })
}, 120_000)

describe('formulaire de demande', () => {
  const offerUrl = async () => {
    const { rows } = await database.query<{ id: number }>(
      `select id from offers where title = 'Contrat d’engagement jeune (CEJ)' and status = 'publiee' limit 1`,
    )
    return `/offre/${rows[0].id}?commune=46042&r=${r(JOB_SEEKER)}`
  }

  test('erreurs liées aux champs, en français, annoncées et focalisées (avec JavaScript)', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(await offerUrl())
      await page.click('button:has-text("Envoyer ma demande")')
      const summary = page.locator('#lead-errors')
      await summary.waitFor()
      await expect(summary.innerText()).resolves.toContain('Indique ton adresse e-mail ou ton numéro de portable')
      await expect(summary.innerText()).resolves.toContain('Coche la case pour accepter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('lead-errors')
      expect(await page.getAttribute('#lead-email', 'aria-invalid')).toBe('true')
      expect(await page.getAttribute('#lead-email', 'aria-describedby')).toContain('lead-contact-messages')
      expect(await page.getAttribute('#lead-consent', 'aria-describedby')).toBe('lead-consent-messages')
      await checkPage(page, 'demande-erreurs-vide')

      await page.fill('#lead-email', 'camille@exemple')
      await page.fill('#lead-phone', '01 23 45 67 89')
      await page.click('button:has-text("Envoyer ma demande")')
      await page.locator('#lead-email-error').waitFor()
      await expect(page.locator('#lead-email-error').innerText()).resolves.toContain('Cette adresse e-mail n’est pas valide')
      await expect(page.locator('#lead-phone-error').innerText()).resolves.toContain('numéro de portable français (06 ou 07)')
      expect(await page.getAttribute('#lead-email', 'aria-describedby')).toContain('lead-email-error')
      expect(await page.getAttribute('#lead-phone', 'aria-describedby')).toContain('lead-phone-error')
      // What was typed is never lost.
      await expect(page.inputValue('#lead-email')).resolves.toBe('camille@exemple')
      await checkPage(page, 'demande-erreurs-format')
    })
  }, 120_000)

  test('sans JavaScript : mêmes erreurs après un envoi classique, valeurs conservées', async () => {
    await withPage({ ...MOBILE, javaScriptEnabled: false }, async (page) => {
      await page.goto(await offerUrl())
      await page.fill('#lead-email', 'pas-une-adresse')
      await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("Envoyer ma demande")')])
      await page.locator('#lead-errors').waitFor()
      // The answer comes back (useActionState's permalink) with the summary of errors focused, so in view.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lead-errors')
      await expect(page.locator('#lead-errors').isVisible()).resolves.toBe(true)
      expect(await page.evaluate(() => document.getElementById('lead-errors')!.getBoundingClientRect().top)).toBeLessThan(740)
      await expect(page.locator('#lead-email-error').innerText()).resolves.toContain('n’est pas valide')
      await expect(page.inputValue('#lead-email')).resolves.toBe('pas-une-adresse')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
      await checkPage(page, 'demande-erreurs-sans-js')
    })
  }, 120_000)

  test('le champ piège (honeypot) est invisible et arrête les robots', async () => {
    await withPage(DESKTOP, async (page) => {
      await page.goto(await offerUrl())
      const honeypot = page.locator('#lead-website')
      // Out of sight, out of the accessibility tree, out of the tab order: only a robot fills it in.
      expect(await honeypot.isVisible()).toBe(false)
      expect(await page.locator('.boussole-honeypot').getAttribute('aria-hidden')).toBe('true')
      expect(await honeypot.getAttribute('tabindex')).toBe('-1')
      const before = (await database.query('select count(*)::int as n from leads')).rows[0].n
      await page.fill('#lead-email', 'robot@exemple.fr')
      await honeypot.evaluate((input: HTMLInputElement) => {
        input.value = 'https://spam.example'
      })
      await page.locator('label[for=lead-consent]').click()
      await page.click('button:has-text("Envoyer ma demande")')
      await page.locator('#lead-errors').waitFor()
      expect(page.url()).toContain('/offre/')
      expect((await database.query('select count(*)::int as n from leads')).rows[0].n).toBe(before)
      expect(readMails().some((mail) => mail.to.includes('robot@exemple.fr'))).toBe(false)
    })
  }, 120_000)
})

describe('adresses abîmées ou modifiées : une page utile, jamais une erreur 500', () => {
  const UNKNOWN_ADDRESSES = [
    ['commune inconnue', '/commune/99999', 404],
    ['code de commune farfelu', '/commune/abc', 404],
    ['thème inconnu', '/commune/46042/astronomie/questions', 404],
    ['thème pas encore ouvert', '/commune/46042/sante/questions', 404],
    ['offre inconnue', '/offre/987654', 404],
    ['identifiant d’offre farfelu', '/offre/abc', 404],
    ['page inconnue', '/cette-page-n-existe-pas', 404],
    ['lien de confirmation sans signature', '/demandes/1/confirmation', 404],
  ] as const

  test.each(UNKNOWN_ADDRESSES)(
    '%s → page introuvable',
    async (_label, path, status) => {
      await withPage(DESKTOP, async (page) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(status)
        await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Page introuvable')
        expect(await page.locator('#contenu a[href="/"]').count()).toBeGreaterThan(0)
        expect(await page.locator('header.fr-header').count()).toBe(1)
      })
    },
    60_000,
  )

  // What a browser without JavaScript receives: the 404 rendered on the server in the site's layout (Next.js alone
  // sends an empty error shell that React draws in the browser), with none of the framework's scripts.
  test.each(UNKNOWN_ADDRESSES)('%s → la page introuvable arrive rendue, sans JavaScript', async (_label, path, status) => {
    const response = await fetch(`${baseUrl()}${path}`)
    expect(response.status).toBe(status)
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toMatch(/<main id="contenu"[^>]*>[\s\S]*<h1>Page introuvable<\/h1>[\s\S]*<\/main>/)
    expect(html).toMatch(/<header[^>]*class="fr-header/)
    expect(html).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js|self\.__next_f/)
    // Its inline style and script carry this response's nonce, and no other.
    expect(nonce).toBeTruthy()
    expect([...new Set([...html.matchAll(/\snonce="([^"]*)"/g)].map((match) => match[1]))]).toEqual([nonce])
  })

  test.each([
    ['réponses illisibles', `/commune/46042/emploi/questions?r=%%%`],
    ['réponses qui ne sont pas du JSON', `/commune/46042/emploi/questions?r=${Buffer.from('pas du json').toString('base64url')}`],
    ['valeur impossible', `/commune/46042/emploi/questions?r=${r({ age: 19, situation: 'astronaute' })}`],
    ['question inconnue', `/commune/46042/emploi/questions?r=${r({ pointure: 42 })}`],
    ['résultats avec un âge hors limites', `/commune/46042/emploi/resultats?r=${r({ ...JOB_SEEKER, age: 99 })}`],
    ['résultats illisibles', `/commune/46042/emploi/resultats?r=xyz`],
  ])(
    '%s → explication et moyen de recommencer, statut 400',
    async (label, path) => {
      await withPage(DESKTOP, async (page) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(400)
        await expect(page.locator('#contenu h1').innerText()).resolves.toMatch(/Tes réponses n’ont pas pu être lues|On ne peut pas afficher tes résultats/)
        expect(await page.locator('#contenu a', { hasText: 'Recommencer le questionnaire' }).count()).toBe(1)
        if (label === 'valeur impossible') await checkPage(page, 'reponses-modifiees')
      })
    },
    60_000,
  )

  test.each(['/offre/%FF', '/commune/%E0%A4%A/emploi/questions'])(
    'une adresse aux caractères illisibles (%s) → lien invalide, statut 400',
    async (path) => {
      await withPage(DESKTOP, async (page) => {
        const response = await page.goto(path)
        expect(response?.status()).toBe(400)
        await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Ce lien est invalide')
        expect(await page.locator('#contenu a[href="/"]').count()).toBeGreaterThan(0)
        expect(await page.locator('header.fr-header').count()).toBe(1)
      })
    },
    60_000,
  )

  test('le marqueur d’erreur ajouté à une adresse valide est retiré (statut 200)', async () => {
    await withPage(DESKTOP, async (page) => {
      const response = await page.goto(`/commune/46042/emploi/resultats?r=${r(JOB_SEEKER)}&invalide=1`)
      expect(response?.status()).toBe(200)
      expect(page.url()).not.toContain('invalide')
      await expect(page.locator('#contenu h1').innerText()).resolves.not.toContain('afficher tes résultats')
    })
  }, 60_000)

  test('une réponse manquante dans les résultats renvoie vers la question', async () => {
    await withPage(DESKTOP, async (page) => {
      const response = await page.goto(`/commune/46042/emploi/resultats?r=${r({ age: 19 })}`)
      expect(response?.status()).toBe(400)
      // A client-side navigation (the link is a Next link): wait for the new address, then for the question.
      await Promise.all([page.waitForURL('**/emploi/questions**'), page.click('text=Compléter mes réponses')])
      // The national Emploi questionnaire has steps: the page is the step holding the missing question (« Mon profil »).
      await page.locator('#contenu legend', { hasText: 'situation' }).first().waitFor({ timeout: 10_000 })
    })
  }, 60_000)

  test('une offre archivée (ou retirée à l’instant par l’animation) n’est plus affichée', async () => {
    await withPage(DESKTOP, async (page) => {
      const archived = await database.query<{ id: number }>(`select id from offers where status = 'archivee' limit 1`)
      expect((await page.goto(`/offre/${archived.rows[0].id}`))?.status()).toBe(404)
      const draft = await database.query<{ id: number }>(`select id from offers where status = 'brouillon' limit 1`)
      expect((await page.goto(`/offre/${draft.rows[0].id}`))?.status()).toBe(404)

      // Another process (here: SQL) archives a published offer: its page disappears at once, its result card
      // within the catalogue's revalidation delay (1 s; changes made through Payload in the server: at once).
      const { rows } = await database.query<{ id: number }>(
        `select id from offers where title = 'Trouver un job d’été ou un job étudiant' and status = 'publiee'`,
      )
      const id = rows[0].id
      const results = `/commune/46042/emploi/resultats?r=${r(JOB_SEEKER)}`
      const cards = async () => {
        await page.goto(results)
        return page.locator(`a[href^="/offre/${id}?"]`).count()
      }
      expect(await cards()).toBe(1)
      await database.query(`update offers set status = 'archivee', updated_at = now() where id = $1`, [id])
      try {
        expect((await page.goto(`/offre/${id}?commune=46042&r=${r(JOB_SEEKER)}`))?.status()).toBe(404)
        await screenshot(page, 'offre-archivee')
        const deadline = Date.now() + 3_000
        while ((await cards()) > 0 && Date.now() < deadline) await page.waitForTimeout(200)
        expect(await cards()).toBe(0)
      } finally {
        // Put the offer back, and wait until the site shows it again: the next test asks to be contacted about it.
        await database.query(`update offers set status = 'publiee', updated_at = now() where id = $1`, [id])
        const deadline = Date.now() + 3_000
        while ((await cards()) === 0 && Date.now() < deadline) await page.waitForTimeout(200)
      }
    })
  }, 60_000)
})

test('liens des courriels : « As-tu été contacté(e) ? » puis retrait de la demande et effacement des données', async () => {
  await withPage(MOBILE, async (page) => {
    const { rows } = await database.query<{ id: number }>(
      `select id from offers where title = 'Trouver un job d’été ou un job étudiant' and status = 'publiee'`,
    )
    await page.goto(`/offre/${rows[0].id}?commune=46042&r=${r(JOB_SEEKER)}`)
    await page.fill('#lead-email', 'lou.martin@exemple.fr')
    await page.locator('label[for=lead-consent]').click()
    await Promise.all([page.waitForURL(/\/demandes\/\d+\/confirmation/), page.click('button:has-text("Envoyer ma demande")')])
    const id = Number(/\/demandes\/(\d+)\//.exec(page.url())![1])
    const confirmation = page.url()

    // Follow-up: refused until the question was really sent (issue #10), then opening the link records
    // nothing; the button does, once. The sent-emails row stands for the follow-up email having left.
    await page.goto(`/demandes/${id}/suivi?reponse=non&token=${leadToken(PAYLOAD_SECRET_DIGEST, id, 'follow-up')}`)
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Cette question ne t’a pas encore été posée')
    await database.query(`insert into sent_emails (key, kind, lead_id, sent_at, updated_at, created_at) values ($1, 'follow-up', $2, now(), now(), now())`, [
      `lead:${id}:follow-up`,
      id,
    ])
    await page.goto(`/demandes/${id}/suivi?reponse=non&token=${leadToken(PAYLOAD_SECRET_DIGEST, id, 'follow-up')}`)
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('As-tu été contacté(e) ?')
    expect((await database.query('select timeline_follow_up_answered_at as at from leads where id = $1', [id])).rows[0].at).toBeNull()
    await checkPage(page, 'suivi-question')
    await Promise.all([page.waitForURL(/\/suivi\/merci/), page.click('button:has-text("Non, personne ne m’a contacté(e)")')])
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Merci, c’est noté !')
    await checkPage(page, 'suivi-merci')
    const answered = await database.query('select timeline_contacted_according_to_young_person as answer from leads where id = $1', [id])
    expect(answered.rows[0].answer).toBe('non')
    await page.goto(`/demandes/${id}/suivi?reponse=oui&token=${leadToken(PAYLOAD_SECRET_DIGEST, id, 'follow-up')}`)
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Tu as déjà répondu, merci !')
    await expect(page.locator('#contenu').innerText()).resolves.toContain('« Non, personne ne m’a contacté(e) »')
    await checkPage(page, 'suivi-deja-repondu')
    // A mistaken tap is corrected (RGAA 11.12), for 7 days after the answer.
    await Promise.all([page.waitForURL(/\/suivi\/merci/), page.click('button:has-text("Corriger : oui, on m’a contacté(e)")')])
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Ta réponse est corrigée, merci !')
    const corrected = await database.query('select timeline_contacted_according_to_young_person as answer from leads where id = $1', [id])
    expect(corrected.rows[0].answer).toBe('oui')
    // A token for another purpose or another request opens nothing.
    expect((await page.goto(`/demandes/${id}/suivi?token=${leadToken(PAYLOAD_SECRET_DIGEST, id, 'withdraw')}`))?.status()).toBe(404)
    expect((await page.goto(`/demandes/${id + 1}/retrait?token=${leadToken(PAYLOAD_SECRET_DIGEST, id, 'withdraw')}`))?.status()).toBe(404)

    // Withdrawal, from the confirmation page: confirm, done, data erased, the organisation told.
    await page.goto(confirmation)
    const reference = /BSL-\d{4}-[A-Z0-9]{6}/.exec(await page.locator('#contenu').innerText())![0]
    await Promise.all([page.waitForURL(/\/retrait\?token=/), page.click('text=Retirer ma demande')])
    await checkPage(page, 'retrait-confirmer')
    await Promise.all([page.waitForURL(/\/retrait\/effectue/), page.click('button:has-text("Oui, retirer ma demande")')])
    await expect(page.locator('#contenu h1').innerText()).resolves.toContain('est retirée')
    await checkPage(page, 'retrait-effectue')
    // The page says what was erased and what stays; the answers and the profile are gone too.
    await expect(page.locator('#contenu').innerText()).resolves.toContain('tes réponses au questionnaire et les notes des professionnels ont été effacées')
    const erased = await database.query('select contact_email, contact_phone, status, answers from leads where id = $1', [id])
    expect(erased.rows[0]).toEqual({ contact_email: null, contact_phone: null, status: 'cloturee', answers: null })
    expect((await database.query('select count(*)::int as n from leads_profile where _parent_id = $1', [id])).rows[0].n).toBe(0)
    await waitForMail((mail) => mail.subject.includes(`${reference} retirée`))
    await page.goto(confirmation)
    await expect(page.locator('#contenu h1').innerText()).resolves.toBe('Cette demande a été retirée')
  })
}, 120_000)

test('les coordonnées d’un organisme ne s’affichent que s’il les a rendues publiques', async () => {
  await withPage(DESKTOP, async (page) => {
    const { rows } = await database.query<{ offer: number; partner: number }>(
      `select o.id as offer, p.id as partner from offers o join partners p on p.id = o.partner_id
        where o.status = 'publiee' and p.contacts_public = false limit 1`,
    )
    const { offer, partner } = rows[0]
    // The organisation filled in its contacts but did not make them public.
    await database.query(`update partners set public_phone = '05 65 00 00 01', public_email = 'accueil.prive@exemple.fr' where id = $1`, [partner])
    try {
      await page.goto(`/offre/${offer}`)
      expect(await page.locator('#contenu a[href^="tel:"], #contenu a[href^="mailto:"]').count()).toBe(0)
      const text = await page.locator('#contenu').innerText()
      expect(text).not.toContain('05 65 00 00 01')
      expect(text).not.toContain('accueil.prive@exemple.fr')
      // Without the young person's context, the page invites to start from the commune instead of a form.
      expect(await page.locator('#lead-email').count()).toBe(0)
      expect(await page.locator('#demande a[href="/"]').count()).toBe(1)
    } finally {
      await database.query(`update partners set public_phone = null, public_email = null where id = $1`, [partner])
    }
  })
}, 60_000)
