import { describe, expect, it } from '@jest/globals'

import { inviteProfessional } from '../../src/admin/workflows/users/inviteProfessional'
import { EMAIL_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { actor, LOT_ANIMATOR, PASSWORD } from './workflows.fixtures'

/**
 * « Inviter »: a national administrator invites an animator with their territories, as an animator invites a
 * professional — no password, a welcome email whose link opens « Choisir mon mot de passe »; an animator may
 * invite neither an animator nor an administrator.
 */
const smtp = useSmtpServer()
const context = useTestPayload()
const ADMIN = 'admin@boussole.test'

const territoryId = async (name: string) =>
  (await context.payload.find({ collection: 'territories', where: { name: { equals: name } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id

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

const CHOOSE_LINK = /https?:\/\/[^\s"<]+\/admin\/choisir-mot-de-passe\/([a-f0-9]{40})/

describe('an administrator invites an animator', () => {
  it('creates the animator of the territory without password, emails the welcome link, and the link sets the password', async () => {
    smtp.clear()
    const email = 'animatrice.reims@grandreims.example'
    const sicoval = await territoryId('Sicoval')
    const created = await inviteProfessional(context.payload, await actor(context.payload, ADMIN), {
      name: 'Camille Rémois',
      email,
      role: 'animator',
      territories: [sicoval],
      jobTitle: 'Animatrice PIJ',
    })
    expect(created).toMatchObject({ role: 'animator', invitedAt: expect.any(String), partner: null })
    expect(created.territories).toEqual([sicoval])

    const stored = (await context.payload.db.findOne({ collection: 'users', where: { id: { equals: created.id } } })) as { resetPasswordToken?: string }
    expect(stored.resetPasswordToken).toMatch(/^[a-f0-9]{40}$/)
    const api = apiClient(context.payload)
    // Nobody knows a password: the random one of the invitation never logs in.
    expect((await api.post('/users/login', { email, password: PASSWORD })).status).toBe(401)

    const welcome = await waitForEmail(email)
    expect(welcome.subject).toBe('Votre accès à Boussole : choisissez votre mot de passe')
    expect(welcome.text).toContain('Choisir mon mot de passe')
    const token = `${welcome.text}\n${welcome.html}`.match(CHOOSE_LINK)?.[1]
    expect(token).toBe(stored.resetPasswordToken)
    expect(`${welcome.text}\n${welcome.html}`).not.toContain('/admin/reset/')

    const chosen = 'Champagne-ouverte-2026!'
    expect((await api.post('/users/reset-password', { token, password: chosen })).status).toBe(200)
    expect(await api.login(email, chosen)).toEqual(expect.any(String))
  })

  it('refuses an animator without territory (400, French)', async () => {
    await expect(
      inviteProfessional(context.payload, await actor(context.payload, ADMIN), {
        name: 'Sans territoire',
        email: 'sans.territoire@example.org',
        role: 'animator',
      }),
    ).rejects.toMatchObject({ status: 400, message: 'Choisissez au moins un territoire à animer.' })
  })
})

describe('an animator may not invite an animator nor an administrator', () => {
  it('the invitation workflow refuses with 403 and a French message, nothing is created', async () => {
    const lot = await territoryId('Lot')
    await expect(
      inviteProfessional(context.payload, await actor(context.payload, LOT_ANIMATOR), {
        name: 'Collègue',
        email: 'collegue.lot@example.org',
        role: 'animator',
        territories: [lot],
      }),
    ).rejects.toMatchObject({ status: 403, message: 'Seule l’administration nationale peut inviter un animateur ou une animatrice.' })
    const { totalDocs } = await context.payload.count({ collection: 'users', where: { email: { equals: 'collegue.lot@example.org' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it.each([['animator'], ['admin']])('the API refuses an account of role %s created by an animator (400, French)', async (role) => {
    const api = apiClient(context.payload)
    const token = await api.login(LOT_ANIMATOR, PASSWORD)
    const response = await api.post(
      '/users',
      { name: 'Pas permis', email: `pas.permis.${role}@example.org`, role, territories: [await territoryId('Lot')] },
      token,
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('ne peut créer que des comptes de professionnels partenaires')
  })
})
