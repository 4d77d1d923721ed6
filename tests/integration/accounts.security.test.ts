import { beforeAll, describe, expect, it } from '@jest/globals'

import { up as revokeInactiveSessions } from '../../migrations/20261202_022519_revoke_inactive_sessions'
import { resendInvitation } from '../../src/admin/workflows/users/resendInvitation'
import { checkEmailChangeToken, EMAIL_CHANGE_MESSAGES } from '../../src/collections/Users/emailChange'
import { NOT_YOUR_PASSWORD } from '../../src/collections/Users/hooks/enforcePasswordStrength'
import type { User } from '../../src/payload-types'
import { EMAIL_QUEUE } from '../../src/plugins/boussole/jobs/queues'
import { useManualClock } from '../helpers/clock'
import { CHANNELS, type Matrix } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { useSmtpServer } from '../helpers/smtp'
import { type Demo, openDemoMatrix } from './access.fixtures'

/**
 * Accounts as an attacker tries them: deactivation revokes every session and every pending link; reset links
 * last an hour, invitations a week; the password rules hold on every path against the stored address; nobody
 * sets another person's password or email; an email change takes effect only once confirmed from the new address.
 */
const smtp = useSmtpServer()
const context = useTestPayload()
let matrix: Matrix
let demo: Demo

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload, ['admin', 'animatorLot', 'partnerMlLot']))
})

const STRONG = 'Un-mot-de-passe-solide-2026'
let sequence = 0
async function newPartner(): Promise<User> {
  sequence += 1
  return context.payload.create({
    collection: 'users',
    data: {
      email: `claude.martin${sequence}@example.org`,
      password: STRONG,
      name: `Claude Martin ${sequence}`,
      role: 'partner',
      partner: demo.partners.pijCahors,
    } as never,
    overrideAccess: true,
  })
}

const stored = async (id: number) =>
  (await context.payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as User & {
    sessions?: { id: string }[]
    resetPasswordToken?: string | null
    resetPasswordExpiration?: string | null
  }

const canLogIn = async (email: string, password = STRONG) => (await matrix.api.rest('POST', '/users/login', { body: { email, password } })).status === 200

/** Emails queued as jobs leave when the email queue runs; Payload's own reset email leaves at once. */
async function emailsTo(address: string, count = 1, timeoutMs = 10_000) {
  await context.payload.jobs.run({ queue: EMAIL_QUEUE })
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && smtp.to(address).length < count) await new Promise((resolve) => setTimeout(resolve, 100))
  return smtp.to(address)
}
const linkToken = (email: { text: string; html: string }, pattern: RegExp) => `${email.text}\n${email.html}`.match(pattern)?.[1] ?? null
const RESET_LINK = /\/admin\/(?:reset|choisir-mot-de-passe)\/([a-f0-9]{40})/
const CONFIRM_LINK = /\/admin\/confirmer-courriel\?jeton=([0-9a-z.%A-Z_-]+)/

const fieldMessages = (json: any): string =>
  JSON.stringify((json?.errors ?? []).flatMap((error: any) => [error.message, ...(error.data?.errors ?? []).map((detail: any) => detail.message)]))

describe('deactivating an account revokes its sessions', () => {
  it('the old token can no longer be refreshed nor used, through REST and GraphQL, even after reactivation', async () => {
    const user = await newPartner()
    const login = await matrix.api.rest('POST', '/users/login', { body: { email: user.email, password: STRONG } })
    const token = login.json.token as string
    // Baseline: the session works and refreshes.
    expect((await matrix.api.get('/users/me', token)).json.user?.id).toBe(user.id)
    const refreshed = await matrix.api.rest('POST', '/users/refresh-token', { token })
    expect(refreshed.status).toBe(200)
    const secondToken = refreshed.json.refreshedToken as string

    expect((await matrix.api.patch(`/users/${user.id}`, { active: false }, matrix.token('animatorLot'))).status).toBe(200)
    expect((await stored(user.id)).sessions ?? []).toEqual([])

    for (const old of [token, secondToken]) {
      const refresh = await matrix.api.rest('POST', '/users/refresh-token', { token: old })
      expect(refresh.status).toBe(403)
      expect(refresh.json?.refreshedToken).toBeUndefined()
      expect((await matrix.api.get('/users/me', old)).json.user ?? null).toBeNull()
      const graphqlRefresh = await matrix.api.graphql('mutation { refreshTokenUser { refreshedToken } }', old)
      expect(graphqlRefresh.json.data?.refreshTokenUser?.refreshedToken ?? null).toBeNull()
      const graphqlMe = await matrix.api.graphql('{ meUser { user { id } } }', old)
      expect(graphqlMe.json.data?.meUser?.user ?? null).toBeNull()
    }

    await context.payload.update({ collection: 'users', id: user.id, data: { active: true }, overrideAccess: true })
    expect((await matrix.api.rest('POST', '/users/refresh-token', { token })).status).toBe(403)
    expect((await matrix.api.get('/users/me', token)).json.user ?? null).toBeNull()
    expect(await canLogIn(user.email)).toBe(true)
  })

  it('an inactive account gets no reset email, with exactly the answer any other address gets', async () => {
    const active = await newPartner()
    const inactive = await newPartner()
    await context.payload.update({ collection: 'users', id: inactive.id, data: { active: false }, overrideAccess: true })
    smtp.clear()
    const answers = []
    for (const email of [active.email, inactive.email, 'personne.inconnue@example.org']) {
      const { status, json } = await matrix.api.post('/users/forgot-password', { email })
      answers.push({ status, json })
    }
    expect(answers[1]).toEqual(answers[0])
    expect(answers[2]).toEqual(answers[0])
    expect(await emailsTo(active.email)).toHaveLength(1)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.to(inactive.email)).toHaveLength(0)
    expect(smtp.to('personne.inconnue@example.org')).toHaveLength(0)

    const graphql = await matrix.api.graphql('mutation($email: String!) { forgotPasswordUser(email: $email) }', undefined, { email: inactive.email })
    expect(graphql.json.data?.forgotPasswordUser).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.to(inactive.email)).toHaveLength(0)
  })

  it('a reset or invitation link issued before the deactivation stops working, and stays dead after reactivation', async () => {
    const user = await newPartner()
    const token = await context.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    await context.payload.update({ collection: 'users', id: user.id, data: { active: false }, overrideAccess: true })
    const refused = await matrix.api.post('/users/reset-password', { token, password: 'Un-autre-mot-de-passe-2027' })
    expect(refused.status).toBe(403)
    expect(refused.json?.token).toBeUndefined()
    await context.payload.update({ collection: 'users', id: user.id, data: { active: true }, overrideAccess: true })
    expect((await matrix.api.post('/users/reset-password', { token, password: 'Un-autre-mot-de-passe-2027' })).status).toBe(403)
    expect(await canLogIn(user.email)).toBe(true)
  })

  it('an inactive account cannot use a reset link it obtained while inactive', async () => {
    const user = await newPartner()
    await context.payload.update({ collection: 'users', id: user.id, data: { active: false }, overrideAccess: true })
    const token = await context.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const { status, json } = await matrix.api.post('/users/reset-password', { token, password: 'Un-autre-mot-de-passe-2027' })
    expect(status).toBe(403)
    expect(json?.token).toBeUndefined()
  })
})

describe('accounts deactivated before this rule (migration revoke_inactive_sessions)', () => {
  it('lose their sessions and pending links; active accounts keep theirs', async () => {
    const inactive = await newPartner()
    const active = await newPartner()
    const oldToken = await matrix.api.login(inactive.email, STRONG)
    const activeToken = await matrix.api.login(active.email, STRONG)
    // deactivated the way it was before (no hook): straight in the database
    await context.payload.db.updateOne({
      collection: 'users',
      where: { id: { equals: inactive.id } },
      data: { active: false, resetPasswordToken: 'a'.repeat(40), resetPasswordExpiration: new Date(Date.now() + 3_600_000).toISOString() },
      options: { atomic: true },
    })
    expect((await stored(inactive.id)).sessions).toHaveLength(1)
    await revokeInactiveSessions({ db: (context.payload.db as any).drizzle, payload: context.payload, req: {} as any })
    const row = await stored(inactive.id)
    expect({ sessions: row.sessions ?? [], token: row.resetPasswordToken ?? null }).toEqual({ sessions: [], token: null })
    expect((await matrix.api.rest('POST', '/users/refresh-token', { token: oldToken })).status).toBe(403)
    expect((await stored(active.id)).sessions).toHaveLength(1)
    expect((await matrix.api.get('/users/me', activeToken)).json.user?.id).toBe(active.id)
  })
})

describe('how long a link lasts', () => {
  it('a forgotten-password link lasts one hour, and its email says so', async () => {
    const user = await newPartner()
    smtp.clear()
    const before = Date.now()
    expect((await matrix.api.post('/users/forgot-password', { email: user.email })).status).toBe(200)
    const expiration = new Date((await stored(user.id)).resetPasswordExpiration!).getTime()
    expect(expiration - before).toBeGreaterThanOrEqual(60 * 60 * 1000 - 1000)
    expect(expiration - before).toBeLessThanOrEqual(60 * 60 * 1000 + 60_000)
    const [email] = await emailsTo(user.email)
    expect(email.subject).toBe('Boussole : réinitialisation de votre mot de passe')
    expect(email.html).toContain('Ce lien est valable 1 heure')
    expect(email.html).not.toContain('7 jours')

    // Once the hour is over, the link is refused.
    const token = linkToken(email, RESET_LINK)!
    await context.payload.db.updateOne({ collection: 'users', id: user.id, data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() } })
    expect((await matrix.api.post('/users/reset-password', { token, password: 'Un-autre-mot-de-passe-2027' })).status).toBe(403)
    expect(await canLogIn(user.email)).toBe(true)
  })

  it('an invitation lasts seven days, with its own email', async () => {
    smtp.clear()
    const email = `invitee${Date.now()}@example.org`
    const before = Date.now()
    const created = await matrix.api.post(
      '/users',
      { name: 'Dominique Invitée', email, role: 'partner', partner: demo.partners.pijCahors },
      matrix.token('animatorLot'),
    )
    expect(created.status).toBe(201)
    const [invitation] = await emailsTo(email)
    expect(invitation.subject).toBe('Votre accès à Boussole : choisissez votre mot de passe')
    expect(invitation.text).toContain('ce lien est valable 7 jours')
    const expiration = new Date((await stored(created.json.doc.id)).resetPasswordExpiration!).getTime()
    expect(expiration - before).toBeGreaterThanOrEqual(7 * 24 * 60 * 60 * 1000 - 1000)
    expect(expiration - before).toBeLessThanOrEqual(7 * 24 * 60 * 60 * 1000 + 60_000)
    const token = linkToken(invitation, RESET_LINK)!
    expect((await matrix.api.post('/users/reset-password', { token, password: 'Cahors-jeunesse-2026!' })).status).toBe(200)
    expect(await canLogIn(email, 'Cahors-jeunesse-2026!')).toBe(true)
  })
})

describe('the password rules, against the stored email', () => {
  it('a professional changing their own password cannot use a part of their stored address (not sent with the request)', async () => {
    const user = await newPartner()
    const token = await matrix.api.login(user.email, STRONG)
    for (const password of [`${user.email.split('@')[0]}-Solide-2026`, 'Claude-Solide-2026!']) {
      const { status, json } = await matrix.api.patch(`/users/${user.id}`, { password }, token)
      expect({ password, status }).toEqual({ password, status: 400 })
      expect(fieldMessages(json)).toContain('ne doit pas contenir votre adresse électronique')
    }
    expect(await canLogIn(user.email)).toBe(true)
    expect((await matrix.api.patch(`/users/${user.id}`, { password: 'Rouge-Solide-2026!' }, token)).status).toBe(200)
    expect(await canLogIn(user.email, 'Rouge-Solide-2026!')).toBe(true)
  })

  it('a reset cannot set a password made of the stored address either', async () => {
    const user = await newPartner()
    const token = await context.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const refused = await matrix.api.post('/users/reset-password', { token, password: 'Claude-Solide-2026!' })
    expect(refused.status).toBe(400)
    expect(fieldMessages(refused.json)).toContain('ne doit pas contenir votre adresse électronique')
    expect(await canLogIn(user.email)).toBe(true)
    expect((await matrix.api.post('/users/reset-password', { token, password: 'Rouge-Solide-2026!' })).status).toBe(200)
  })
})

describe("nobody sets another person's credentials", () => {
  it.each(CHANNELS)('through %s, neither the animator, the administrator nor a peer can set a professional’s password', async (channel) => {
    const user = await newPartner()
    for (const actor of ['animatorLot', 'admin', 'partnerMlLot'] as const) {
      const result = await matrix.update(channel, actor, 'users', user.id, { password: 'Pris-en-main-2026!' })
      expect({ actor, status: result.status }).toEqual({ actor, status: 403 })
      expect(result.message).toContain(NOT_YOUR_PASSWORD)
      expect(await canLogIn(user.email, 'Pris-en-main-2026!')).toBe(false)
    }
    expect(await canLogIn(user.email)).toBe(true)
  })

  it.each(CHANNELS)('through %s, nobody changes an email address directly — the owner included — nor asks for another’s', async (channel) => {
    const user = await newPartner()
    for (const actor of ['animatorLot', 'admin'] as const) {
      await matrix.update(channel, actor, 'users', user.id, {
        email: `repris.${actor}.${channel}@example.org`,
        pendingEmail: `repris.${actor}.${channel}@example.org`,
      })
      const row = await stored(user.id)
      expect({ actor, email: row.email, pendingEmail: row.pendingEmail ?? null }).toEqual({ actor, email: user.email, pendingEmail: null })
    }
    const own = await matrix.update(channel, 'partnerMlLot', 'users', matrix.user('partnerMlLot')!.id, { email: `direct.${channel}@example.org` })
    expect(own.status).toBe(200)
    expect((await stored(matrix.user('partnerMlLot')!.id)).email).toBe(matrix.user('partnerMlLot')!.email)
  })

  it('a bulk update cannot set passwords', async () => {
    const user = await newPartner()
    const { status } = await matrix.api.rest('PATCH', `/users?where[id][equals]=${user.id}`, {
      body: { password: 'Pris-en-main-2026!' },
      token: matrix.token('admin'),
    })
    expect(status).toBe(403)
    expect(await canLogIn(user.email)).toBe(true)
  })

  it('a script (overrideAccess) still may, the password rules applying', async () => {
    const user = await newPartner()
    await context.payload.update({ collection: 'users', id: user.id, data: { password: 'Rouge-Solide-2026!' } as never, overrideAccess: true })
    expect(await canLogIn(user.email, 'Rouge-Solide-2026!')).toBe(true)
  })
})

describe('changing one’s email address requires confirming the new one', () => {
  it('the owner asks, the change waits for the link sent to the new address; the old address is told', async () => {
    const user = await newPartner()
    const token = await matrix.api.login(user.email, STRONG)
    const newEmail = `nouvelle.adresse${sequence}@example.org`
    smtp.clear()
    const asked = await matrix.api.patch(`/users/${user.id}`, { pendingEmail: ` ${newEmail.toUpperCase()} ` }, token)
    expect(asked.status).toBe(200)
    expect({ email: (await stored(user.id)).email, pending: (await stored(user.id)).pendingEmail }).toEqual({ email: user.email, pending: newEmail })
    expect(await canLogIn(newEmail)).toBe(false)

    const [confirmation] = await emailsTo(newEmail)
    expect(confirmation.subject).toBe('Boussole : confirmez votre nouvelle adresse électronique')
    const [notice] = await emailsTo(user.email)
    expect(notice.subject).toBe('Boussole : changement d’adresse demandé sur votre compte')
    expect(linkToken(notice, CONFIRM_LINK)).toBeNull()
    const link = decodeURIComponent(linkToken(confirmation, CONFIRM_LINK)!)

    // Saving the form again sends nothing new.
    expect((await matrix.api.patch(`/users/${user.id}`, { pendingEmail: newEmail, jobTitle: 'Informatrice' }, token)).status).toBe(200)
    await emailsTo(newEmail, 2, 500)
    expect(smtp.to(newEmail)).toHaveLength(1)

    // The link alone is not enough: anonymous, or someone else signed in, is refused.
    expect((await matrix.api.post('/users/confirm-email', { token: link })).status).toBe(403)
    expect((await matrix.api.post('/users/confirm-email', { token: link }, matrix.token('admin'))).status).toBe(403)
    expect((await stored(user.id)).email).toBe(user.email)

    const confirmed = await matrix.api.post('/users/confirm-email', { token: link }, token)
    expect(confirmed.status).toBe(200)
    expect(confirmed.json.message).toBe(EMAIL_CHANGE_MESSAGES.done)
    expect({ email: (await stored(user.id)).email, pending: (await stored(user.id)).pendingEmail ?? null }).toEqual({ email: newEmail, pending: null })
    expect(await canLogIn(newEmail)).toBe(true)
    expect(await canLogIn(user.email)).toBe(false)

    // Used once.
    const again = await matrix.api.post('/users/confirm-email', { token: link }, token)
    expect(again.status).toBe(400)
    expect(again.json.errors[0].message).toBe(EMAIL_CHANGE_MESSAGES.invalid)
  })

  it('a tampered, replaced or expired link is refused with a French message; a taken address is never given', async () => {
    const user = await newPartner()
    const token = await matrix.api.login(user.email, STRONG)
    // a minute ahead: the email jobs queued meanwhile (at the real time) are due for the manual clock
    const clock = useManualClock(context.payload, new Date(Date.now() + 60_000))
    try {
      smtp.clear()
      const first = `premiere${sequence}@example.org`
      const askedFirst = await matrix.api.patch(`/users/${user.id}`, { pendingEmail: first }, token)
      expect([askedFirst.status, JSON.stringify(askedFirst.json).slice(0, 300)]).toEqual([200, expect.any(String)])
      const firstLink = decodeURIComponent(linkToken((await emailsTo(first))[0], CONFIRM_LINK)!)

      const tampered = `${firstLink.slice(0, -2)}${firstLink.endsWith('AA') ? 'BB' : 'AA'}`
      for (const bad of [tampered, 'nimportequoi', `${user.id + 1}${firstLink.slice(String(user.id).length)}`, 42, null]) {
        const { status, json } = await matrix.api.post('/users/confirm-email', { token: bad }, token)
        expect({ bad, status }).toEqual({ bad, status: expect.any(Number) })
        expect([400, 403]).toContain(status)
        expect(json.errors[0].message).toMatch(/lien|Connectez-vous/)
      }

      const empty = await matrix.api.rest('POST', '/users/confirm-email', { token })
      expect(empty.status).toBe(400)
      expect(empty.json.errors[0].message).toMatch(/JSON|lien/)

      // A second request replaces the first: its link is worthless.
      const second = `seconde${sequence}@example.org`
      await matrix.api.patch(`/users/${user.id}`, { pendingEmail: second }, token)
      const secondLink = decodeURIComponent(linkToken((await emailsTo(second))[0], CONFIRM_LINK)!)
      expect((await matrix.api.post('/users/confirm-email', { token: firstLink }, token)).json.errors[0].message).toBe(EMAIL_CHANGE_MESSAGES.invalid)

      // After 24 hours, expired.
      clock.advance({ hours: 24, minutes: 1 })
      const expired = await matrix.api.post('/users/confirm-email', { token: secondLink }, token)
      expect(expired.status).toBe(400)
      expect(expired.json.errors[0].message).toBe(EMAIL_CHANGE_MESSAGES.expired)
      clock.advance({ hours: -24 - 1 / 60 })

      // An address another account uses is refused at confirmation (not revealed when asking).
      const other = await newPartner()
      await context.payload.update({ collection: 'users', id: user.id, data: { pendingEmail: null } as never, overrideAccess: true })
      smtp.clear()
      const asked = await matrix.api.patch(`/users/${user.id}`, { pendingEmail: other.email }, token)
      expect(asked.status).toBe(200)
      const takenLink = decodeURIComponent(
        linkToken(
          (await emailsTo(other.email, 2)).find((email) => CONFIRM_LINK.test(email.text))!,
          CONFIRM_LINK,
        )!,
      )
      const taken = await matrix.api.post('/users/confirm-email', { token: takenLink }, token)
      expect(taken.status).toBe(400)
      expect(taken.json.errors[0].message).toBe(EMAIL_CHANGE_MESSAGES.taken)
      expect((await stored(user.id)).email).toBe(user.email)
      expect(checkEmailChangeToken(context.payload.secret, takenLink, other.email, new Date()).ok).toBe(true)
    } finally {
      clock.restore()
    }
  })

  it('an invalid new address is refused with a 400 naming the field; deactivation cancels a pending change', async () => {
    const user = await newPartner()
    const token = await matrix.api.login(user.email, STRONG)
    const invalid = await matrix.api.patch(`/users/${user.id}`, { pendingEmail: 'pas-une-adresse' }, token)
    expect(invalid.status).toBe(400)
    expect(JSON.stringify(invalid.json)).toContain('pendingEmail')

    smtp.clear()
    const pending = `annulee${sequence}@example.org`
    await matrix.api.patch(`/users/${user.id}`, { pendingEmail: pending }, token)
    const link = decodeURIComponent(linkToken((await emailsTo(pending))[0], CONFIRM_LINK)!)
    await context.payload.update({ collection: 'users', id: user.id, data: { active: false }, overrideAccess: true })
    await context.payload.update({ collection: 'users', id: user.id, data: { active: true }, overrideAccess: true })
    expect((await stored(user.id)).pendingEmail ?? null).toBeNull()
    const fresh = await matrix.api.login(user.email, STRONG)
    expect((await matrix.api.post('/users/confirm-email', { token: link }, fresh)).status).toBe(400)
    expect((await stored(user.id)).email).toBe(user.email)
  })
})

describe("« Renvoyer l'invitation »: what the staff do instead of setting a password", () => {
  it('the Lot animator resends an invitation: a fresh 7-day link to the professional, the previous one dead', async () => {
    const user = await newPartner()
    const old = await context.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    smtp.clear()
    const animator = matrix.user('animatorLot')!
    expect(await resendInvitation(context.payload, animator, user.id)).toEqual({ email: user.email })
    const [invitation] = await emailsTo(user.email)
    expect(invitation.subject).toBe('Votre accès à Boussole : choisissez votre mot de passe')
    expect((await matrix.api.post('/users/reset-password', { token: old, password: 'Rouge-Solide-2026!' })).status).toBe(403)
    const token = linkToken(invitation, RESET_LINK)!
    expect((await matrix.api.post('/users/reset-password', { token, password: 'Rouge-Solide-2026!' })).status).toBe(200)
    expect(await canLogIn(user.email, 'Rouge-Solide-2026!')).toBe(true)
  })

  it('refused outside the perimeter, to partners, on oneself and on a deactivated account — and nothing is sent', async () => {
    const user = await newPartner()
    const sicoval = (
      await context.payload.find({ collection: 'users', where: { email: { equals: 'animateur.sicoval@boussole.test' } }, depth: 0, overrideAccess: true })
    ).docs[0]
    const inactive = await newPartner()
    await context.payload.update({ collection: 'users', id: inactive.id, data: { active: false }, overrideAccess: true })
    smtp.clear()
    const CASES: [string, any, number, RegExp][] = [
      ['the Sicoval animator', { ...sicoval, collection: 'users' }, user.id, /pas accès à ce compte/],
      ['a professional', { ...matrix.user('partnerMlLot')!, collection: 'users' }, user.id, /Seuls l'administration et les animateurs/],
      ['the animator, on themself', { ...matrix.user('animatorLot')!, collection: 'users' }, matrix.user('animatorLot')!.id, /vous renvoyer une invitation/],
      ['the animator, on an administrator', { ...matrix.user('animatorLot')!, collection: 'users' }, matrix.user('admin')!.id, /pas accès à ce compte/],
      ['the animator, on a deactivated account', { ...matrix.user('animatorLot')!, collection: 'users' }, inactive.id, /réactivez-le/],
    ]
    for (const [who, actor, target, message] of CASES) {
      await expect(resendInvitation(context.payload, actor, target)).rejects.toThrow(message)
      expect(who).toBeTruthy()
    }
    await context.payload.jobs.run({ queue: EMAIL_QUEUE })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect([...smtp.to(user.email), ...smtp.to(inactive.email), ...smtp.to('admin@boussole.test')]).toEqual([])
  })
})

describe('the page a reset or invitation link opens', () => {
  it('a reset keeps « Réinitialiser le mot de passe »; an invitation opens its own « Choisir mon mot de passe » page', async () => {
    const { initI18n } = await import('@payloadcms/translations')
    const i18n = await initI18n({ config: context.payload.config.i18n as never, context: 'client', language: 'fr' })
    expect(i18n.t('authentication:resetPassword')).toBe('Réinitialiser le mot de passe')
    expect(i18n.t('authentication:newPassword')).toBe('Nouveau mot de passe')
    const views = context.payload.config.admin.components?.views ?? {}
    expect(views.choisirMotDePasse).toMatchObject({ path: '/choisir-mot-de-passe', meta: { title: 'Choisir mon mot de passe' } })
  })
})

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax; on an http public address (tests, npm run dev) not Secure', async () => {
    const user = await newPartner()
    const { headers } = await matrix.api.rest('POST', '/users/login', { body: { email: user.email, password: STRONG } })
    const cookie = headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).not.toMatch(/Secure/)
    expect(context.payload.collections.users.config.auth.cookies).toMatchObject({ secure: false, sameSite: 'Lax' })
  })
})
