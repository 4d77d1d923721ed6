import { beforeAll, describe, expect, it } from '@jest/globals'

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/users'
import { ACTOR_EMAILS, type Actor, CHANNELS, type Expectation, expectIds, expectOutcome, type Matrix, type SignedInActor } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, type PartnerKey } from './access.fixtures'

/**
 * Accounts: nobody lists them anonymously; a professional reads and edits only their own; an animator also
 * the partner professionals of the organisations in their territories; admins all of them.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo
let accounts: Record<string, number>

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
  const all = await matrix.all('users')
  accounts = Object.fromEntries(Object.entries(DEMO_ACCOUNTS).map(([key, email]) => [key, all.find((user) => user.email === email)!.id]))
})

type AccountKey = keyof typeof DEMO_ACCOUNTS
const LOT_PROS: AccountKey[] = ['partnerMissionLocaleLot', 'partnerPijCahors', 'partnerHabitatJeunesLot']
const SEES: [Actor, AccountKey[] | 'all' | 'denied'][] = [
  ['anonymous', 'denied'],
  ['admin', 'all'],
  ['animatorLot', ['animatorLot', ...LOT_PROS]],
  // The CRIJ Occitanie's charter covers Montpellier and the Sicoval: the Sicoval's animator manages its professional too.
  ['animatorSicoval', ['animatorSicoval', 'partnerMissionLocaleSicoval', 'partnerCrij']],
  ['partnerMlLot', ['partnerMissionLocaleLot']],
  ['partnerPijCahors', ['partnerPijCahors']],
  ['partnerMlSicoval', ['partnerMissionLocaleSicoval']],
]

describe.each(CHANNELS)('reading accounts via %s', (channel) => {
  it.each(SEES)('%s lists exactly the accounts it manages', async (actor, keys) => {
    const expected = keys === 'denied' ? 'denied' : keys === 'all' ? Object.values(accounts) : keys.map((key) => accounts[key])
    expectIds(await matrix.find(channel, actor, 'users'), expected, `${channel} ${actor}`)
  })

  it('a professional cannot read a colleague of another organisation, nor an animator; the animator of another territory cannot read them', async () => {
    const cases: [Actor, AccountKey, boolean][] = [
      ['partnerMlLot', 'partnerPijCahors', false],
      ['partnerMlLot', 'animatorLot', false],
      ['animatorSicoval', 'partnerPijCahors', false],
      ['animatorLot', 'admin', false],
      ['animatorLot', 'animatorSicoval', false],
      ['animatorLot', 'partnerPijCahors', true],
    ]
    for (const [actor, account, visible] of cases) {
      const result = await matrix.findByID(channel, actor, 'users', accounts[account], { fields: 'id email' })
      expect({ actor, account, email: result.doc?.email ?? null }).toEqual({ actor, account, email: visible ? DEMO_ACCOUNTS[account] : null })
    }
  })
})

describe('anonymous REST and GraphQL on accounts', () => {
  it('GET /api/users → 403 and GraphQL Users → forbidden', async () => {
    const rest = await matrix.api.get('/users')
    expect(rest.status).toBe(403)
    expect(JSON.stringify(rest.json)).not.toContain('@boussole.test')
    const graphql = await matrix.api.graphql('{ Users { docs { id email } } }')
    expect(graphql.json.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(JSON.stringify(graphql.json)).not.toContain('@boussole.test')
  })
})

/* ---------- Writing ---------- */

const UPDATE: [Actor, AccountKey, Expectation][] = [
  ['anonymous', 'partnerPijCahors', 'denied'],
  ['partnerMlLot', 'partnerMissionLocaleLot', 'allowed'],
  ['partnerMlLot', 'partnerPijCahors', 'denied'],
  ['partnerMlLot', 'animatorLot', 'denied'],
  ['animatorLot', 'animatorLot', 'allowed'],
  ['animatorLot', 'partnerPijCahors', 'allowed'],
  ['animatorLot', 'partnerMissionLocaleSicoval', 'denied'],
  ['animatorLot', 'animatorSicoval', 'denied'],
  ['animatorLot', 'admin', 'denied'],
  ['animatorSicoval', 'partnerPijCahors', 'denied'],
  ['admin', 'animatorSicoval', 'allowed'],
]

const newAccount = (role: string, partner?: PartnerKey, territories: number[] = []) => ({
  email: `compte.${role}.${Math.random().toString(36).slice(2, 8)}@example.org`,
  password: 'Un-mot-de-passe-solide-2026',
  name: 'Compte de test',
  role,
  partner: partner ? demo.partners[partner] : null,
  territories,
})

const CREATE: [Actor, string, PartnerKey | undefined, Expectation][] = [
  ['anonymous', 'partner', 'pijCahors', 'denied'],
  ['partnerMlLot', 'partner', 'mlLot', 'denied'],
  ['animatorLot', 'partner', 'pijCahors', 'allowed'],
  ['animatorLot', 'partner', 'mlSicoval', 'denied'],
  ['animatorLot', 'animator', undefined, 'denied'],
  ['animatorLot', 'admin', undefined, 'denied'],
  ['admin', 'animator', undefined, 'allowed'],
  ['admin', 'partner', 'crij', 'allowed'],
]

describe.each(CHANNELS)('writing accounts via %s', (channel) => {
  it.each(UPDATE)('%s updates the account %s: %s', async (actor, account, expected) => {
    const marker = `Fonction (${channel}, ${actor})`
    expectOutcome(await matrix.update(channel, actor, 'users', accounts[account], { jobTitle: marker }), expected, `${channel} ${actor}`)
    expect((await matrix.raw('users', accounts[account])).jobTitle === marker).toBe(expected === 'allowed')
  })

  it.each(CREATE)('%s creates a %s account (organisation: %s): %s', async (actor, role, partner, expected) => {
    const before = await matrix.count('users')
    const result = await matrix.create(channel, actor, 'users', newAccount(role, partner))
    expectOutcome(result, expected, `${channel} ${actor}`)
    expect(await matrix.count('users')).toBe(before + (expected === 'allowed' ? 1 : 0))
    if (result.doc?.id) await context.payload.delete({ collection: 'users', id: result.doc.id, overrideAccess: true })
  })

  it.each([
    ['anonymous', 'denied'],
    ['partnerMlLot', 'denied'],
    ['animatorLot', 'denied'],
    ['admin', 'allowed'],
  ] as [Actor, Expectation][])('%s deletes a partner account of the Lot: %s', async (actor, expected) => {
    const user = await context.payload.create({ collection: 'users', data: newAccount('partner', 'pijCahors') as any, overrideAccess: true })
    expectOutcome(await matrix.delete(channel, actor, 'users', user.id), expected, `${channel} ${actor}`)
    expect(await matrix.exists('users', user.id)).toBe(expected === 'denied')
    if (expected === 'denied') await context.payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
  })

  it('nobody raises their own rights: a professional changing their role, organisation or activation, an animator their territories', async () => {
    const pro = accounts.partnerMissionLocaleLot
    await matrix.update(channel, 'partnerMlLot', 'users', pro, { role: 'admin', partner: demo.partners.pijCahors, active: true })
    const stored = await matrix.raw('users', pro)
    expect({ role: stored.role, partner: stored.partner }).toEqual({ role: 'partner', partner: demo.partners.mlLot })

    const animator = accounts.animatorLot
    const marker = `Animateur (${channel})`
    const result = await matrix.update(channel, 'animatorLot', 'users', animator, {
      jobTitle: marker,
      role: 'admin',
      territories: [demo.territories.lot, demo.territories.sicoval],
    })
    expectOutcome(result, 'allowed')
    const animatorStored = await matrix.raw('users', animator)
    expect({ role: animatorStored.role, territories: animatorStored.territories, jobTitle: animatorStored.jobTitle }).toEqual({
      role: 'animator',
      territories: [demo.territories.lot],
      jobTitle: marker,
    })
  })

  it('an animator cannot promote a professional of its territory, nor move them to an organisation outside it', async () => {
    const pij = accounts.partnerPijCahors
    await matrix.update(channel, 'animatorLot', 'users', pij, { role: 'admin' })
    expect((await matrix.raw('users', pij)).role).toBe('partner')
    const moved = await matrix.update(channel, 'animatorLot', 'users', pij, { partner: demo.partners.crij })
    expectOutcome(moved, 'denied')
    expect((await matrix.raw('users', pij)).partner).toBe(demo.partners.pijCahors)
  })
})

describe('unlocking accounts (after too many failed logins)', () => {
  // (the Local API ignores lockUntil in `data`: written as Payload's login does, in the database)
  const lock = (email: string) =>
    context.payload.db.updateOne({
      collection: 'users',
      where: { email: { equals: email } },
      data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 3_600_000).toISOString() },
    })
  const lockedUntil = async (email: string) =>
    ((await context.payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as { lockUntil?: string | null }).lockUntil ?? null

  const UNLOCK: [SignedInActor | 'anonymous', string, Expectation][] = [
    ['anonymous', DEMO_ACCOUNTS.partnerPijCahors, 'denied'],
    ['partnerMlLot', DEMO_ACCOUNTS.partnerPijCahors, 'denied'],
    ['animatorLot', DEMO_ACCOUNTS.partnerPijCahors, 'allowed'],
    ['animatorLot', DEMO_ACCOUNTS.partnerMissionLocaleSicoval, 'denied'],
    ['animatorLot', DEMO_ACCOUNTS.admin, 'denied'],
    ['animatorLot', DEMO_ACCOUNTS.animatorSicoval, 'denied'],
    ['admin', DEMO_ACCOUNTS.animatorSicoval, 'allowed'],
  ]
  it.each(UNLOCK)('%s unlocks %s: %s', async (actor, email, expected) => {
    for (const channel of CHANNELS) {
      await lock(email)
      let status: number
      if (channel === 'local') {
        status = await context.payload
          .unlock({ collection: 'users', data: { email } as any, overrideAccess: false, req: { user: matrix.user(actor) } as any })
          .then(() => 200)
          .catch((error: { status?: number }) => error.status ?? 500)
      } else if (channel === 'rest') {
        status = (await matrix.api.post('/users/unlock', { email }, matrix.token(actor))).status
      } else {
        const { json } = await matrix.api.graphql('mutation($email: String!) { unlockUser(email: $email) }', matrix.token(actor), { email })
        status = json.errors?.length ? (json.errors[0].extensions?.statusCode ?? 400) : 200
      }
      expectOutcome({ status, docs: [], message: '' }, expected, `${channel} ${actor} ${email}`)
      expect({ channel, locked: (await lockedUntil(email)) !== null }).toEqual({ channel, locked: expected === 'denied' })
    }
    await context.payload.db.updateOne({ collection: 'users', where: { email: { equals: email } }, data: { loginAttempts: 0, lockUntil: null } })
  })
})

describe('a deactivated account loses every right at once, even with a token still valid', () => {
  it('the PIJ professional, deactivated by the Lot animator, reads nothing personal any more', async () => {
    const token = matrix.token('partnerPijCahors')
    const before = await matrix.api.get('/users/me', token)
    expect(before.json.user?.email).toBe(ACTOR_EMAILS.partnerPijCahors)
    expectOutcome(await matrix.update('rest', 'animatorLot', 'users', accounts.partnerPijCahors, { active: false }), 'allowed')
    try {
      for (const path of ['/users', '/charters', '/leads']) {
        const { status, json } = await matrix.api.get(path, token)
        expect({ path, status }).toEqual({ path, status: 403 })
        expect(json?.docs).toBeUndefined()
      }
      expect((await matrix.api.patch(`/partners/${demo.partners.pijCahors}`, { description: 'x' }, token)).status).toBe(403)
      const offers = await matrix.api.get(`/offers?limit=0&where[status][not_equals]=publiee`, token)
      expect(offers.json.docs).toEqual([])
      await expect(matrix.api.login(ACTOR_EMAILS.partnerPijCahors, DEMO_PASSWORD)).rejects.toThrow(/désactivé/)
    } finally {
      await context.payload.update({ collection: 'users', id: accounts.partnerPijCahors, data: { active: true }, overrideAccess: true })
    }
  })
})
