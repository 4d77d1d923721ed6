import { beforeAll, describe, expect, it } from '@jest/globals'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/users'
import type { Matrix } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix } from './access.fixtures'

/**
 * Accounts: the password policy on every path that sets a password (creation, update, reset link), the
 * deactivation of an account, and what an animator may create (only partner professionals of its territories).
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload, ['admin', 'animatorLot', 'partnerMlLot']))
})

const STRONG = 'Un-mot-de-passe-solide-2026'
let sequence = 0
const account = (overrides: Record<string, unknown> = {}) => ({
  email: `camille.dupont.${(sequence += 1)}@example.org`,
  password: STRONG,
  name: 'Camille Dupont',
  role: 'partner',
  partner: demo.partners.pijCahors,
  ...overrides,
})

const fieldErrors = (json: any): { path: string; message: string }[] =>
  (json?.errors ?? [])
    .flatMap(
      (error: { message: string; data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors ?? [{ path: '', message: error.message }],
    )
    .map(({ path, message }: { path: string; message: string }) => ({ path, message }))

const WEAK: [string, (email: string) => string, RegExp][] = [
  ['too short', () => 'Court-1!', /au moins 12 caractères/],
  ['a single kind of character', () => 'motdepassesanschiffre', /au moins trois types de caractères/],
  ['two kinds of characters', () => 'motdepasse2026long', /au moins trois types de caractères/],
  ['containing the email address', (email) => `${email.split('@')[0]}-2026-A`, /ne doit pas contenir votre adresse électronique/],
]

describe('password policy', () => {
  it.each(WEAK)('a password %s is refused at creation', async (_name, password, message) => {
    const data = account()
    const before = await matrix.count('users')
    const { status, json } = await matrix.api.post('/users', { ...data, password: password(data.email) }, matrix.token('admin'))
    expect(status).toBe(400)
    expect(fieldErrors(json)).toEqual([{ path: 'password', message: expect.stringMatching(message) }])
    expect(await matrix.count('users')).toBe(before)
  })

  it('a strong password is accepted at creation, and the account can log in', async () => {
    const data = account()
    const { status, json } = await matrix.api.post('/users', data, matrix.token('admin'))
    expect(status).toBe(201)
    await expect(matrix.api.login(data.email, STRONG)).resolves.toEqual(expect.any(String))
    await context.payload.delete({ collection: 'users', id: json.doc.id, overrideAccess: true })
  })

  it('a weak password is refused when a professional changes their own', async () => {
    const me = matrix.user('partnerMlLot')!
    const { status, json } = await matrix.api.patch(`/users/${me.id}`, { password: 'court' }, matrix.token('partnerMlLot'))
    expect(status).toBe(400)
    expect(fieldErrors(json)[0].message).toContain('au moins 12 caractères')
    await expect(matrix.api.login(DEMO_ACCOUNTS.partnerMissionLocaleLot, DEMO_PASSWORD)).resolves.toEqual(expect.any(String))
  })

  it('a weak password is refused at reset (forgotten-password link); a strong one is accepted', async () => {
    const data = account()
    const user = await context.payload.create({ collection: 'users', data: data as any, overrideAccess: true })
    try {
      const token = await context.payload.forgotPassword({ collection: 'users', data: { email: data.email }, disableEmail: true })
      for (const [, password, message] of WEAK.slice(0, 3)) {
        const { status, json } = await matrix.api.post('/users/reset-password', { token, password: password(data.email) })
        expect(status).toBe(400)
        expect(fieldErrors(json)[0].message).toMatch(message)
      }
      await expect(matrix.api.login(data.email, STRONG)).resolves.toEqual(expect.any(String))
      const reset = await matrix.api.post('/users/reset-password', { token, password: 'Un-autre-mot-de-passe-2027' })
      expect(reset.status).toBe(200)
      await expect(matrix.api.login(data.email, 'Un-autre-mot-de-passe-2027')).resolves.toEqual(expect.any(String))
    } finally {
      await context.payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    }
  })
})

describe('deactivated accounts', () => {
  it('a deactivated account cannot log in, with a message saying why; reactivated, it can again', async () => {
    const data = account()
    const user = await context.payload.create({ collection: 'users', data: data as any, overrideAccess: true })
    try {
      const deactivate = await matrix.api.patch(`/users/${user.id}`, { active: false }, matrix.token('animatorLot'))
      expect(deactivate.status).toBe(200)
      const { status, json } = await matrix.api.rest('POST', '/users/login', { body: { email: data.email, password: STRONG } })
      expect(status).toBe(403)
      expect(json.errors[0].message).toBe("Ce compte a été désactivé. Contactez l'animateur ou l'animatrice de votre territoire.")
      expect(json.token).toBeUndefined()
      const graphql = await matrix.api.graphql(
        'mutation($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
        undefined,
        { email: data.email, password: STRONG },
      )
      expect(graphql.json.data?.loginUser?.token ?? null).toBeNull()
      await context.payload.update({ collection: 'users', id: user.id, data: { active: true }, overrideAccess: true })
      await expect(matrix.api.login(data.email, STRONG)).resolves.toEqual(expect.any(String))
    } finally {
      await context.payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
    }
  })

  it('a professional cannot change the activation of their own account', async () => {
    const me = matrix.user('partnerMlLot')!
    await matrix.api.patch(`/users/${me.id}`, { active: false }, matrix.token('partnerMlLot'))
    expect((await matrix.raw('users', me.id)).active).toBe(true)
  })
})

describe('what an animator may create', () => {
  const CASES: [string, Record<string, unknown>, string, string][] = [
    [
      'an administrator',
      { role: 'admin', partner: null },
      'role',
      'Un animateur ou une animatrice ne peut créer que des comptes de professionnels partenaires.',
    ],
    ['an animator', { role: 'animator', partner: null }, 'role', 'Un animateur ou une animatrice ne peut créer que des comptes de professionnels partenaires.'],
    ['a professional without organisation', { partner: null }, 'partner', "Choisissez l'organisme du professionnel."],
    [
      'a professional of the Sicoval',
      { partner: 'mlSicoval' },
      'partner',
      "L'organisme « Mission Locale Haute-Garonne — antenne Sicoval » ne fait partie d'aucun de vos territoires.",
    ],
    [
      'a professional of Montpellier',
      { partner: 'crij' },
      'partner',
      "L'organisme « CRIJ Occitanie — Montpellier » ne fait partie d'aucun de vos territoires.",
    ],
  ]
  it.each(CASES)('the Lot animator cannot create %s', async (_name, overrides, path, message) => {
    const partner = typeof overrides.partner === 'string' ? demo.partners[overrides.partner as keyof Demo['partners']] : overrides.partner
    const before = await matrix.count('users')
    const { status, json } = await matrix.api.post('/users', account({ ...overrides, partner }), matrix.token('animatorLot'))
    expect(status).toBe(400)
    expect(fieldErrors(json)).toEqual([{ path, message }])
    expect(await matrix.count('users')).toBe(before)
  })

  it('the Lot animator creates a professional of the PIJ de Cahors (baseline), who can then log in', async () => {
    const data = account()
    const { status, json } = await matrix.api.post('/users', data, matrix.token('animatorLot'))
    expect(status).toBe(201)
    expect({ role: json.doc.role, partner: json.doc.partner?.id ?? json.doc.partner }).toEqual({ role: 'partner', partner: demo.partners.pijCahors })
    await expect(matrix.api.login(data.email, STRONG)).resolves.toEqual(expect.any(String))
    await context.payload.delete({ collection: 'users', id: json.doc.id, overrideAccess: true })
  })

  it('a professional cannot create any account', async () => {
    const { status } = await matrix.api.post('/users', account({ partner: demo.partners.mlLot }), matrix.token('partnerMlLot'))
    expect(status).toBe(403)
  })
})
