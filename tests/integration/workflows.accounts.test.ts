import { beforeAll, describe, expect, it } from '@jest/globals'

import { peerDirectory } from '../../src/admin/workflows/annuaire/peerDirectory'
import { inviteProfessional } from '../../src/admin/workflows/users/inviteProfessional'
import { EMAIL_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { actor, FJT_LOT_PRO, LOT_ANIMATOR, ML_LOT_PRO, ML_SICOVAL_PRO, PASSWORD, SICOVAL_ANIMATOR } from './workflows.fixtures'

const smtp = useSmtpServer()
const context = useTestPayload()
let api: ApiClient
let animatorToken: string

const partnerId = async (name: string) =>
  (await context.payload.find({ collection: 'partners', where: { name: { like: name } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id

/** The invitation is queued as a job (retried while SMTP is down): run the email queue, then poll the server a little. */
async function waitForEmail(address: string, timeoutMs = 10_000) {
  await context.payload.jobs.run({ queue: EMAIL_QUEUE })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const [email] = smtp.to(address)
    if (email) return email
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Aucun courriel reçu par ${address}`)
}

beforeAll(async () => {
  api = apiClient(context.payload)
  animatorToken = await api.login(LOT_ANIMATOR, PASSWORD)
})

describe('inviting a partner professional', () => {
  const email = 'nouvelle.pro@pij-cahors.example'
  let userId: number
  const newPassword = 'Cahors-jeunesse-2026!'

  it('creates the account without password and emails a link to choose one', async () => {
    smtp.clear()
    const created = await inviteProfessional(context.payload, await actor(context.payload, LOT_ANIMATOR), {
      name: 'Nadia Cabrol',
      email,
      partner: await partnerId('Point Information Jeunesse de Cahors'),
      jobTitle: 'Informatrice jeunesse',
    })
    userId = created.id
    expect(created.invitedAt).toBeTruthy()
    expect(created.role).toBe('partner')

    const invitation = await waitForEmail(email)
    expect(invitation.subject).toBe('Votre accès à Boussole : choisissez votre mot de passe')
    const link = `${invitation.text}\n${invitation.html}`.match(/https?:\/\/[^\s"<]+\/admin\/choisir-mot-de-passe\/([A-Za-z0-9]+)/)
    expect(link).not.toBeNull()

    expect(smtp.to(email)).toHaveLength(1)
    const reset = await api.post('/users/reset-password', { token: link![1], password: newPassword })
    expect(reset.status).toBe(200)
    expect(await api.login(email, newPassword)).toEqual(expect.any(String))
  })

  it("refuses an organisation outside the animator's territories", async () => {
    const response = await api.post(
      '/users',
      { name: 'Hors territoire', email: 'hors.territoire@example.org', role: 'partner', partner: await partnerId('Mission Locale Haute-Garonne') },
      animatorToken,
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain("ne fait partie d'aucun de vos territoires")
  })

  it('deactivates the account: login refused; reactivating restores it', async () => {
    const off = await api.patch(`/users/${userId}`, { active: false }, animatorToken)
    expect(off.status).toBe(200)
    const refused = await api.post('/users/login', { email, password: newPassword })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).toContain('Ce compte a été désactivé')

    expect((await api.patch(`/users/${userId}`, { active: true }, animatorToken)).status).toBe(200)
    expect(await api.login(email, newPassword)).toEqual(expect.any(String))
  })

  it('does not let a partner deactivate a colleague or an animator of another territory manage the account', async () => {
    const partnerToken = await api.login(ML_LOT_PRO, PASSWORD)
    expect([403, 404]).toContain((await api.patch(`/users/${userId}`, { active: false }, partnerToken)).status)
    const sicoval = await api.login(SICOVAL_ANIMATOR, PASSWORD)
    expect([403, 404]).toContain((await api.patch(`/users/${userId}`, { active: false }, sicoval)).status)
    expect(await api.login(email, newPassword)).toEqual(expect.any(String))
  })
})

describe('email preferences', () => {
  it('lets a partner change their own notifications, and only theirs', async () => {
    const token = await api.login(ML_LOT_PRO, PASSWORD)
    const me = await actor(context.payload, ML_LOT_PRO)
    const mine = await api.patch(`/users/${me.id}`, { notifications: { newLeads: true, reminders: false, digest: false } }, token)
    expect(mine.status).toBe(200)
    expect(mine.json.doc.notifications).toMatchObject({ newLeads: true, reminders: false, digest: false })

    const colleague = await actor(context.payload, FJT_LOT_PRO)
    expect([403, 404]).toContain((await api.patch(`/users/${colleague.id}`, { notifications: { newLeads: false } }, token)).status)
    expect((await actor(context.payload, FJT_LOT_PRO)).notifications?.newLeads).not.toBe(false)
  })
})

describe('annuaire des homologues', () => {
  it("lists the organisations of the partner's territories with their published offers and professional contacts", async () => {
    const { entries, territories } = await peerDirectory(context.payload, await actor(context.payload, ML_LOT_PRO))
    expect(territories.map((territory) => territory.name)).toEqual(['Lot'])
    const names = entries.map((entry) => entry.partner.name)
    expect(names).toEqual(expect.arrayContaining(['Habitat Jeunes du Lot']))
    expect(names.some((name) => /Sicoval|Haute-Garonne|Montpellier|Occitanie/.test(name))).toBe(false)
    const fjt = entries.find((entry) => entry.partner.name === 'Habitat Jeunes du Lot')!
    expect(fjt.partner.professionalContact?.email).toBe('pro.fjt-lot@boussole.test')
    expect(fjt.offers.length).toBeGreaterThan(0)
    // Only published offers.
    expect(entries.flatMap((entry) => entry.offers).some((offer) => offer.title === 'Logement saisonnier : on t’aide à trouver')).toBe(false)
  })

  it('filters by theme and by text', async () => {
    const partner = await actor(context.payload, ML_LOT_PRO)
    const logement = await peerDirectory(context.payload, partner, { theme: 'logement' })
    expect(logement.entries.length).toBeGreaterThan(0)
    expect(logement.entries.every((entry) => entry.offers.length && entry.offers.every((offer) => offer.theme?.slug === 'logement'))).toBe(true)

    const search = await peerDirectory(context.payload, partner, { q: 'BAFA' })
    expect(search.entries.flatMap((entry) => entry.offers).map((offer) => offer.title)).toContain('Passer ton BAFA avec une aide financière')
    expect(search.entries.map((entry) => entry.partner.name)).not.toContain('Habitat Jeunes du Lot')
  })

  it('keeps each person to their perimeter', async () => {
    const sicoval = await peerDirectory(context.payload, await actor(context.payload, ML_SICOVAL_PRO))
    expect(sicoval.territories.map((territory) => territory.name)).toEqual(['Sicoval'])
    expect(sicoval.entries.some((entry) => /Lot|Cahors|Figeac/.test(entry.partner.name))).toBe(false)

    const animator = await peerDirectory(context.payload, await actor(context.payload, LOT_ANIMATOR))
    expect(animator.entries.length).toBeGreaterThanOrEqual(8)
    expect(animator.entries.every((entry) => entry.territories.every((territory) => territory.name === 'Lot'))).toBe(true)
  })
})
