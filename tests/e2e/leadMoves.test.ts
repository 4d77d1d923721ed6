import { describe, expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { fitsThePhone, seriousViolations, signedIn, submitCejLead } from './helpers/backOffice'
import { MOBILE, newContext, screenshot, useBrowser } from './helpers/browser'
import { useDatabase } from './helpers/database'
import { waitForMail } from './helpers/mail'

/**
 * Handing a request on (issue #12) on a 360 px phone, with and without JavaScript: the professional forwards it to a
 * peer and lands on their dashboard, where only its trace stays; the Lot's animator reassigns an overdue request
 * from the list of overdue requests; a forged offer in the form is refused in French and changes nothing.
 */
const PRO = 'pro.missionlocale46@boussole.test'
const ANIMATOR = 'animateur.lot@boussole.test'
const browser = useBrowser()
const database = useDatabase()

const shot = (javaScript: boolean, name: string) => `leadMoves-${javaScript ? 'js' : 'nojs'}-${name}`

interface StoredLead {
  offer_id: number
  partner_id: number
  status: string
  due_at: Date
  history: number
  moves: number
}
const storedLead = async (id: number): Promise<StoredLead> =>
  (
    await database.query<StoredLead>(
      `select offer_id, partner_id, status, due_at,
        (select count(*)::int from leads_history h where h._parent_id = l.id) as history,
        (select count(*)::int from lead_moves m where m.lead_id = l.id) as moves
       from leads l where l.id = $1`,
      [id],
    )
  ).rows[0]

const userId = async (email: string): Promise<number> => (await database.query<{ id: number }>(`select id from users where email = $1`, [email])).rows[0].id

/** The offer's organisation and its name. */
const offerOwner = async (offerId: number) =>
  (
    await database.query<{ partner_id: number; name: string }>(
      `select o.partner_id, p.name from offers o join partners p on p.id = o.partner_id where o.id = $1`,
      [offerId],
    )
  ).rows[0]

/** Chooses the first offer of the move form, gives the reason and submits; waits for the page the action lands on. */
async function handOn(page: Page, button: string, reason: string, landing: RegExp): Promise<number> {
  const choice = page.locator('#confier-la-demande input[name="offerId"]').first()
  const offerId = Number(await choice.getAttribute('value'))
  await choice.check()
  await page.fill('#confier-la-demande textarea[name="reason"]', reason)
  await page.locator('#confier-la-demande input[name="confirm"]').check()
  await Promise.all([page.waitForURL(landing), page.locator('#confier-la-demande button', { hasText: button }).click()])
  return offerId
}

describe('confier une demande à un autre organisme', () => {
  test.each<[string, boolean, { email?: string; phone?: string }]>([
    ['avec JavaScript', true, { email: 'orientee.js@example.org' }],
    ['sans JavaScript', false, { phone: '06 31 42 53 71' }],
  ])(
    '%s, à 360 px : le ou la professionnelle oriente la demande vers un homologue et arrive sur son tableau de bord',
    async (_mode, javaScript, contact) => {
      const lead = await submitCejLead(database, contact)
      const before = await storedLead(lead.id)
      const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: javaScript })
      const page = await signedIn(context, javaScript, PRO)
      await page.goto(`/admin/collections/leads/${lead.id}`)
      await expect(page.locator('#confier-la-demande h2').innerText()).resolves.toBe('Orienter vers un homologue')

      const reason = `Projet de formation plutôt que d’emploi (${javaScript ? 'js' : 'sans js'})`
      const offerId = await handOn(page, 'Orienter la demande', reason, /\/admin\?confiee=/)
      const to = await offerOwner(offerId)

      // The dashboard, at « Demandes confiées à d’autres organismes », with the signed result.
      const url = new URL(page.url())
      expect(url.pathname).toBe('/admin')
      expect(url.hash).toBe('#demandes-confiees')
      const notice = page.locator('[role="status"].boussole-handed-on__done')
      await expect(notice.innerText()).resolves.toMatch(new RegExp(`^Demande ${lead.reference} confiée à ${to.name} \\(.+\\)\\.$`))
      const row = page.locator('section[aria-labelledby="demandes-confiees"] tbody tr', { hasText: lead.reference })
      await expect(row.innerText()).resolves.toContain(to.name)
      await expect(row.innerText()).resolves.toContain(reason)
      expect(await seriousViolations(page)).toBe('')
      await fitsThePhone(page)
      await screenshot(page, shot(javaScript, '01-tableau-de-bord'))

      // The database: the request on the new offer, new again, its delay restarted; the trace; the young person told.
      const after = await storedLead(lead.id)
      expect(after).toMatchObject({ offer_id: offerId, partner_id: to.partner_id, status: 'nouvelle', history: before.history + 1, moves: 1 })
      expect(after.due_at.getTime()).toBeGreaterThan(Date.now())
      const { rows: moves } = await database.query(
        `select id, kind, from_partner_id, to_partner_id, to_offer_id, by_id, reason from lead_moves where lead_id = $1`,
        [lead.id],
      )
      expect(moves).toEqual([
        expect.objectContaining({
          kind: 'forwarded',
          from_partner_id: before.partner_id,
          to_partner_id: to.partner_id,
          to_offer_id: offerId,
          by_id: await userId(PRO),
          reason,
        }),
      ])
      const { email } = contact
      if (email) {
        const mail = await waitForMail((message) => message.to.includes(email) && message.subject === `Ta demande est maintenant suivie par ${to.name}`)
        expect(mail.text).toContain(`/demandes/${lead.id}?token=`)
      } else {
        // SMS leave through the development folder transport in e2e: the delivery record proves it left, once.
        const key = `lead:${lead.id}:move:${moves[0].id}:sms`
        const deadline = Date.now() + 20_000
        let sent = 0
        while (Date.now() < deadline && !sent) {
          sent = (await database.query<{ n: number }>(`select count(*)::int as n from sent_emails where key = $1 and kind = 'sms-acknowledgement'`, [key]))
            .rows[0].n
          if (!sent) await new Promise((resolve) => setTimeout(resolve, 250))
        }
        expect(sent).toBe(1)
      }

      // The request is no longer theirs: its page sends them back to the list, « not found ».
      await page.goto(`/admin/collections/leads/${lead.id}`)
      expect(page.url()).toContain(`notFound=${lead.id}`)
      expect(await page.locator('.brp').count()).toBe(0)
      await context.close()
    },
    180_000,
  )

  test.each([
    ['avec JavaScript', true, 'retard.js@example.org'],
    ['sans JavaScript', false, 'retard.nojs@example.org'],
  ])(
    '%s, à 360 px : l’animateur du Lot réattribue une demande en retard depuis la liste des demandes en retard',
    async (_mode, javaScript, email) => {
      const lead = await submitCejLead(database, { email })
      // Overdue: its committed date two days ago, as the SLA sweep would have marked it.
      await database.query(`update leads set due_at = now() - interval '2 days', overdue = true where id = $1`, [lead.id])
      const before = await storedLead(lead.id)
      const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: javaScript })
      const page = await signedIn(context, javaScript, ANIMATOR)
      await page.goto('/admin/demandes-en-retard')
      const listed = page.locator('[data-testid="demandes-en-retard"] tbody tr', { hasText: lead.reference })
      await expect(listed.innerText()).resolves.toContain('Mission Locale du Lot')
      expect(await seriousViolations(page)).toBe('')
      await fitsThePhone(page)
      await screenshot(page, shot(javaScript, '02-demandes-en-retard'))

      await Promise.all([page.waitForURL(new RegExp(`/admin/collections/leads/${lead.id}`)), listed.locator('a').click()])
      await expect(page.locator('#confier-la-demande h2').innerText()).resolves.toBe('Réattribuer à une autre offre')
      const reason = `Pas de nouvelles malgré deux relances (${javaScript ? 'js' : 'sans js'})`
      const offerId = await handOn(page, 'Réattribuer la demande', reason, /confiee=/)
      const to = await offerOwner(offerId)

      const url = new URL(page.url())
      expect(url.pathname).toBe(`/admin/collections/leads/${lead.id}`)
      await expect(page.locator('#confier-la-demande [role="status"]').innerText()).resolves.toMatch(
        new RegExp(`^Demande ${lead.reference} confiée à ${to.name} \\(.+\\)\\.$`),
      )
      expect(await seriousViolations(page)).toBe('')
      await fitsThePhone(page)
      await screenshot(page, shot(javaScript, '03-reattribuee'))

      const after = await storedLead(lead.id)
      expect(after).toMatchObject({ offer_id: offerId, partner_id: to.partner_id, status: 'nouvelle', moves: 1 })
      expect(after.due_at.getTime()).toBeGreaterThan(Date.now())
      const { rows: moves } = await database.query(
        `select kind, from_partner_id, to_partner_id, by_id, reason, was_overdue from lead_moves where lead_id = $1`,
        [lead.id],
      )
      expect(moves).toEqual([
        {
          kind: 'reassigned',
          from_partner_id: before.partner_id,
          to_partner_id: to.partner_id,
          by_id: await userId(ANIMATOR),
          reason,
          was_overdue: true,
        },
      ])

      // Its delay restarted: no longer overdue.
      await page.goto('/admin/demandes-en-retard')
      await expect(page.locator('p[role="status"]', { hasText: /en retard/ }).innerText()).resolves.toMatch(/en retard/)
      await expect(page.locator('body').innerText()).resolves.not.toContain(lead.reference)
      await context.close()
    },
    180_000,
  )

  test.each([
    ['avec JavaScript, une offre d’un autre territoire', true, 'autre-territoire', 'Choisissez une offre du territoire de la demande.'],
    ['sans JavaScript, une offre inventée', false, 'inventee', "Vous n'avez pas accès à ce document, ou il n'existe plus."],
    [
      'sans JavaScript, sans cocher la confirmation (case rendue facultative par le client)',
      false,
      'sans-confirmation',
      'Cochez la case de confirmation : la demande et les coordonnées du ou de la jeune seront transmises à l’autre organisme.',
    ],
  ])(
    '%s : refusée en français, la demande ne change pas',
    async (_mode, javaScript, forged, message) => {
      const lead = await submitCejLead(database, { email: `hostile.${forged}@example.org` })
      const before = await storedLead(lead.id)
      const elsewhere = await database.query<{ id: number }>(
        `select o.id from offers o join territories t on t.id = o.territory_id where t.slug <> 'lot' and o.status = 'publiee' order by o.id limit 1`,
      )
      const offerId = forged === 'inventee' ? 987654 : forged === 'autre-territoire' ? elsewhere.rows[0].id : null
      const context = await newContext(browser(), { ...MOBILE, javaScriptEnabled: javaScript })
      const page = await signedIn(context, javaScript, PRO)
      await page.goto(`/admin/collections/leads/${lead.id}`)
      // What a hostile client posts: the form with another offer than those offered (set last: React puts a radio's
      // value back from its props when the form changes).
      const choice = page.locator('#confier-la-demande input[name="offerId"]').first()
      await choice.check()
      await page.fill('#confier-la-demande textarea[name="reason"]', 'Tentative')
      const confirm = page.locator('#confier-la-demande input[name="confirm"]')
      if (forged === 'sans-confirmation') await confirm.evaluate((input) => input.removeAttribute('required'))
      else await confirm.check()
      if (offerId !== null) {
        await choice.evaluate((input, value) => ((input as HTMLInputElement).value = value), String(offerId))
        expect(await choice.evaluate((input) => (input as HTMLInputElement).checked && (input as HTMLInputElement).value)).toBe(String(offerId))
      }
      await Promise.all([page.waitForURL(/erreurConfiee=/), page.locator('#confier-la-demande button', { hasText: 'Orienter la demande' }).click()])

      await expect(page.locator('#confier-la-demande [role="alert"]').innerText()).resolves.toBe(message)
      expect(await seriousViolations(page)).toBe('')
      await fitsThePhone(page)
      await screenshot(page, shot(javaScript, '04-refusee'))
      expect(await storedLead(lead.id)).toEqual(before)
      await context.close()
    },
    120_000,
  )
})
