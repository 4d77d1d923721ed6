import { beforeAll, describe, expect, it } from '@jest/globals'
import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { type CollectionSlug, createLocalReq } from 'payload'

import { LOCK_MESSAGES } from '../../src/access/payloadCollections'
import { type Actor, CHANNELS, type Channel, expectIds, expectOutcome, type Matrix, serialised, type SignedInActor } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { createLeads, type Demo, openDemoMatrix } from './access.fixtures'

/**
 * The collections Payload adds by itself (src/access/payloadCollections.ts): document locks within the
 * perimeter and in their author's name only, preferences to their owner, migrations, jobs and key-value
 * store out of reach — through the Local API, REST and GraphQL.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo
let leads: Record<string, number>

const LOCKS = 'payload-locked-documents'
const PREFERENCES = 'payload-preferences'

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
  leads = await createLeads(context.payload, demo)
})

const userId = (actor: SignedInActor) => matrix.user(actor)!.id
const userRef = (actor: SignedInActor) => ({ relationTo: 'users', value: userId(actor) })
const docRef = (relationTo: CollectionSlug, value: number) => ({ relationTo, value })

/** A lock as the admin UI takes it (through `payload.db`, no access, no hooks). */
async function lockAs(actor: SignedInActor, document: { relationTo: CollectionSlug; value: number } | null, globalSlug?: string): Promise<number> {
  const lock = await context.payload.db.create({
    collection: LOCKS,
    data: { document: document ?? undefined, globalSlug, user: userRef(actor) },
  })
  return Number(lock.id)
}

async function clearLocks(): Promise<void> {
  await context.payload.delete({ collection: LOCKS, where: { id: { exists: true } }, overrideAccess: true })
}

describe('the collections Payload adds', () => {
  it('are the ones this file checks (a new one would need rules)', () => {
    const own = context.payload.config.collections.map((collection) => collection.slug).filter((slug) => slug.startsWith('payload-'))
    expect(own.sort()).toEqual(['payload-jobs', 'payload-kv', 'payload-locked-documents', 'payload-migrations', 'payload-preferences'])
  })

  it.each(['local'] as const)('migrations and the key-value store are out of reach of every non-admin (%s)', async (channel) => {
    for (const actor of ['partnerMlLot', 'animatorLot'] as const) {
      expectIds(await matrix.find(channel, actor, 'payload-migrations'), 'denied', `${actor} migrations`)
      expectIds(await matrix.find(channel, actor, 'payload-kv'), 'denied', `${actor} kv`)
      expectOutcome(await matrix.create(channel, actor, 'payload-migrations', { name: 'forged', batch: 99 }), 'denied', `${actor} creates a migration`)
    }
    expect((await matrix.find(channel, 'admin', 'payload-migrations')).docs.length).toBeGreaterThan(0)
    // even the admin cannot forge the migration history
    expectOutcome(await matrix.create(channel, 'admin', 'payload-migrations', { name: 'forged', batch: 99 }), 'denied', 'admin creates a migration')
  })

  it('migrations have no REST route, the key-value store refuses REST', async () => {
    const { status, json } = await matrix.api.get('/payload-migrations', matrix.token('partnerMlLot'))
    expect([404, 501]).toContain(status) // Payload answers « not implemented » for a collection without endpoints
    expect(JSON.stringify(json)).not.toContain('batch')
    expectIds(await matrix.find('rest', 'partnerMlLot', 'payload-kv'), 'denied', 'rest kv')
  })

  it.each(CHANNELS)('the jobs queue (emails to young people) is read by administrators only (%s)', async (channel) => {
    for (const actor of ['anonymous', 'partnerMlLot', 'animatorLot'] as const) {
      expectIds(await matrix.find(channel, actor, 'payload-jobs'), 'denied', `${channel} ${actor}`)
    }
  })
})

describe.each(CHANNELS)('document locks via %s', (channel: Channel) => {
  it('nobody locks a document in someone else’s name', async () => {
    await clearLocks()
    const ownOffer = demo.publishedOffer.mlLot
    for (const someoneElse of ['admin', 'partnerPijCahors'] as const) {
      const result = await matrix.create(channel, 'partnerMlLot', LOCKS, { document: docRef('offers', ownOffer), user: userRef(someoneElse) })
      expectOutcome(result, 'denied', `${channel} in ${someoneElse}'s name`)
      if (channel !== 'graphql') expect(result.message).toContain(LOCK_MESSAGES.notYours)
    }
    // the administrator's account locked by a partner, in the administrator's name
    expectOutcome(
      await matrix.create(channel, 'partnerMlLot', LOCKS, { document: docRef('users', userId('admin')), user: userRef('admin') }),
      'denied',
      'admin account',
    )
    expect(await matrix.count(LOCKS)).toBe(0)
  })

  it('nobody locks a document they may not update', async () => {
    await clearLocks()
    const cases: [SignedInActor, CollectionSlug, number][] = [
      ['partnerMlLot', 'leads', leads.pijCahors],
      ['partnerMlLot', 'users', userId('admin')],
      ['partnerMlLot', 'offers', demo.publishedOffer.pijCahors],
      ['animatorSicoval', 'leads', leads.mlLot1],
      ['partnerMlLot', 'territories', demo.territories.lot],
    ]
    for (const [actor, collection, id] of cases) {
      const result = await matrix.create(channel, actor, LOCKS, { document: docRef(collection, id), user: userRef(actor) })
      expectOutcome(result, 'denied', `${channel} ${actor} locks ${collection} ${id}`)
    }
    // a global: only the administrators may change payload-jobs-stats
    expectOutcome(await matrix.create(channel, 'animatorLot', LOCKS, { globalSlug: 'payload-jobs-stats', user: userRef('animatorLot') }), 'denied', 'global')
    expectOutcome(await matrix.create(channel, 'anonymous', LOCKS, { document: docRef('offers', demo.publishedOffer.mlLot) }), 'denied', 'anonymous')
    expect(await matrix.count(LOCKS)).toBe(0)
  })

  it('a person locks, in their own name, a document they may update', async () => {
    await clearLocks()
    const cases: [SignedInActor, CollectionSlug, number][] = [
      ['partnerMlLot', 'offers', demo.publishedOffer.mlLot],
      ['partnerMlLot', 'leads', leads.mlLot1],
      ['animatorLot', 'leads', leads.pijCahors],
      ['admin', 'users', userId('partnerMlLot')],
    ]
    for (const [actor, collection, id] of cases) {
      expectOutcome(
        await matrix.create(channel, actor, LOCKS, { document: docRef(collection, id), user: userRef(actor) }),
        'allowed',
        `${channel} ${actor} ${collection}`,
      )
    }
    expect(await matrix.count(LOCKS)).toBe(cases.length)
  })

  it('locks are read within the perimeter, and the author’s contact details only by those who may read them', async () => {
    await clearLocks()
    const pijLead = await lockAs('partnerPijCahors', docRef('leads', leads.pijCahors))
    const adminAccount = await lockAs('admin', docRef('users', userId('admin')))
    const mlLotOffer = await lockAs('animatorLot', docRef('offers', demo.publishedOffer.mlLot))
    const mlLotLead = await lockAs('partnerMlLot', docRef('leads', leads.mlLot1))
    const sicovalLead = await lockAs('animatorSicoval', docRef('leads', leads.mlSicoval))
    // The Mission Locale's offer is read by whoever the offers' own rules let read it (published: anybody).
    const readsOffer = async (actor: SignedInActor) => (await matrix.findByID('local', actor, 'offers', demo.publishedOffer.mlLot)).doc !== undefined
    const andOffer = async (actor: SignedInActor, ids: number[]) => ((await readsOffer(actor)) ? [...ids, mlLotOffer] : ids)
    expect(await readsOffer('partnerMlLot')).toBe(true)
    const SEES: [Actor, number[] | 'denied'][] = [
      ['anonymous', 'denied'],
      ['admin', [pijLead, adminAccount, mlLotOffer, mlLotLead, sicovalLead]],
      ['animatorLot', [pijLead, mlLotOffer, mlLotLead]],
      ['animatorSicoval', await andOffer('animatorSicoval', [sicovalLead])],
      ['partnerMlLot', [mlLotOffer, mlLotLead]],
      ['partnerPijCahors', await andOffer('partnerPijCahors', [pijLead])],
      ['partnerMlSicoval', await andOffer('partnerMlSicoval', [sicovalLead])],
    ]
    for (const [actor, expected] of SEES) {
      const result = await matrix.find(channel, actor, LOCKS, { depth: 1, fields: 'id' })
      expectIds(result, expected, `${channel} ${actor}`)
    }
    // populated authors: a partner reads only its own account, so the animator's phone never shows
    const animator = await matrix.raw('users', userId('animatorLot'))
    expect(animator.phone).toBeTruthy()
    const fields = 'id user { relationTo value { ... on User { id email phone jobTitle } } }'
    const partnerView = serialised(await matrix.find(channel, 'partnerMlLot', LOCKS, { depth: 1, fields }))
    for (const secret of [animator.phone, animator.jobTitle, animator.email]) expect(partnerView).not.toContain(secret)
    const byId = await matrix.findByID(channel, 'partnerMlLot', LOCKS, pijLead, { depth: 1, fields: 'id' })
    expect(byId.doc).toBeUndefined()
    // where clauses cannot reach outside either (GraphQL has no filter on a polymorphic relationship)
    if (channel !== 'graphql') {
      expectIds(await matrix.find(channel, 'partnerMlLot', LOCKS, { where: { 'document.relationTo': { equals: 'users' } } }), [], `${channel} where`)
    }
  })

  it('a lock is taken over or released only by someone who may update the document', async () => {
    await clearLocks()
    const pijLead = await lockAs('partnerPijCahors', docRef('leads', leads.pijCahors))
    const mlLotOffer = await lockAs('animatorLot', docRef('offers', demo.publishedOffer.mlLot))
    // taking over a lock on another organisation's lead, or giving it to someone else: refused
    expectOutcome(await matrix.update(channel, 'partnerMlLot', LOCKS, pijLead, { user: userRef('partnerMlLot') }), 'denied', 'take over pij lead')
    expectOutcome(await matrix.update(channel, 'partnerPijCahors', LOCKS, pijLead, { user: userRef('admin') }), 'denied', 'hand over to admin')
    expectOutcome(
      await matrix.update(channel, 'partnerPijCahors', LOCKS, pijLead, { document: docRef('leads', leads.mlLot1) }),
      'denied',
      'move own lock outside',
    )
    expectOutcome(await matrix.delete(channel, 'partnerMlLot', LOCKS, pijLead), 'denied', 'release pij lead')
    // the offer's organisation takes over the animator's lock (the admin's « Prendre la main »), then releases it
    expectOutcome(await matrix.update(channel, 'partnerMlLot', LOCKS, mlLotOffer, { user: userRef('partnerMlLot') }), 'allowed', 'take over own offer')
    expect((await matrix.raw(LOCKS, mlLotOffer)).user).toEqual(userRef('partnerMlLot'))
    expectOutcome(await matrix.delete(channel, 'partnerMlLot', LOCKS, mlLotOffer), 'allowed', 'release own offer')
    expect(await matrix.exists(LOCKS, pijLead)).toBe(true)
    expect(await matrix.exists(LOCKS, mlLotOffer)).toBe(false)
  })
})

describe('document locks through the admin’s own requests', () => {
  it('a bulk REST delete releases only what the caller may release', async () => {
    await clearLocks()
    const pijLead = await lockAs('partnerPijCahors', docRef('leads', leads.pijCahors))
    const own = await lockAs('partnerMlLot', docRef('leads', leads.mlLot1))
    const { status } = await matrix.api.delete('/payload-locked-documents?where[id][exists]=true', matrix.token('partnerMlLot'))
    expect(status).toBe(200)
    expect(await matrix.exists(LOCKS, pijLead)).toBe(true)
    expect(await matrix.exists(LOCKS, own)).toBe(false)
  })

  it('a bulk REST update cannot hand locks outside over', async () => {
    await clearLocks()
    const pijLead = await lockAs('partnerPijCahors', docRef('leads', leads.pijCahors))
    await matrix.api.patch('/payload-locked-documents?where[id][exists]=true', { user: userRef('partnerMlLot') }, matrix.token('partnerMlLot'))
    expect((await matrix.raw(LOCKS, pijLead)).user).toEqual(userRef('partnerPijCahors'))
  })
})

describe('document locking in the admin keeps working', () => {
  /** What the admin's edit view does when it opens (its form-state server function), as `actor`. */
  const openEditView = async (actor: SignedInActor, collectionSlug: CollectionSlug, id: number) =>
    handleFormStateLocking({ id, collectionSlug, req: await createLocalReq({ user: matrix.user(actor) }, context.payload), updateLastEdited: true })
  const editorId = (user: unknown) => (typeof user === 'object' && user ? (user as { id: number }).id : user)

  it('a partner opening its offer locks it; colleagues who may read the offer see it locked, by whom they may know', async () => {
    await clearLocks()
    const offer = demo.publishedOffer.mlLot
    const opened = await openEditView('partnerMlLot', 'offers', offer)
    expect(opened && editorId(opened.user)).toBe(userId('partnerMlLot'))
    expect(await matrix.count(LOCKS, { 'document.value': { equals: offer } })).toBe(1)

    // the territory's animator sees the lock, and who holds it (an account of their territory)
    const animatorView = await openEditView('animatorLot', 'offers', offer)
    expect(animatorView?.isLocked).toBe(true)
    expect(editorId(animatorView?.user)).toBe(userId('partnerMlLot'))
    expect((animatorView?.user as { email?: string }).email).toBe(matrix.user('partnerMlLot')!.email)
    // the administrator too
    expect(editorId((await openEditView('admin', 'offers', offer))?.user)).toBe(userId('partnerMlLot'))
    // still one lock, the partner's
    expect((await matrix.all(LOCKS)).map((lock) => lock.user)).toEqual([userRef('partnerMlLot')])

    // the list view's « en cours de modification » marker
    const { docs } = await context.payload.find({
      collection: 'offers',
      where: { id: { equals: offer } },
      user: matrix.user('animatorLot'),
      overrideAccess: false,
      includeLockStatus: true,
      depth: 0,
    } as never)
    expect((docs[0] as { _isLocked?: boolean })._isLocked).toBe(true)

    // leaving the view: the admin's client releases its own lock through REST (find, then delete by id)
    const token = matrix.token('partnerMlLot')
    const found = await matrix.api.get(`/payload-locked-documents?where[document.relationTo][equals]=offers&where[document.value][equals]=${offer}`, token)
    expect(found.json.docs.map((lock: { id: number }) => lock.id)).toHaveLength(1)
    expect((await matrix.api.delete(`/payload-locked-documents/${found.json.docs[0].id}`, token)).status).toBe(200)
    expect(await matrix.count(LOCKS)).toBe(0)
  })

  it('« take over »: a colleague who may update the offer becomes the editor; one who may not cannot', async () => {
    await clearLocks()
    const offer = demo.publishedOffer.mlLot
    await openEditView('partnerMlLot', 'offers', offer)
    const lockId = (await matrix.all(LOCKS))[0].id
    // the admin's client: PATCH the lock with the new editor
    expect((await matrix.api.patch(`/payload-locked-documents/${lockId}`, { user: userRef('animatorLot') }, matrix.token('animatorLot'))).status).toBe(200)
    expect((await matrix.raw(LOCKS, lockId)).user).toEqual(userRef('animatorLot'))
    expect(
      (await matrix.api.patch(`/payload-locked-documents/${lockId}`, { user: userRef('partnerPijCahors') }, matrix.token('partnerPijCahors'))).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await matrix.raw(LOCKS, lockId)).user).toEqual(userRef('animatorLot'))
  })
})

describe.each(CHANNELS)('preferences via %s', (channel: Channel) => {
  it('are read, changed and deleted by their owner only', async () => {
    await context.payload.delete({ collection: PREFERENCES, where: { id: { exists: true } }, overrideAccess: true })
    const mine = await context.payload.create({
      collection: PREFERENCES,
      overrideAccess: true,
      user: matrix.user('partnerPijCahors'),
      data: { user: userRef('partnerPijCahors') as { relationTo: 'users'; value: number }, key: 'collection-leads', value: { columns: ['reference'] } },
    })
    expectIds(await matrix.find(channel, 'partnerPijCahors', PREFERENCES), [mine.id], `${channel} owner`)
    for (const actor of ['anonymous', 'partnerMlLot', 'animatorLot', 'admin'] as const) {
      expectIds(await matrix.find(channel, actor, PREFERENCES), 'denied', `${channel} ${actor} reads`)
      expectOutcome(await matrix.update(channel, actor, PREFERENCES, mine.id, { value: { columns: [] } }), 'denied', `${channel} ${actor} updates`)
      expectOutcome(await matrix.delete(channel, actor, PREFERENCES, mine.id), 'denied', `${channel} ${actor} deletes`)
    }
    // created in someone else's name: stored in the caller's own
    const forged = await matrix.create(channel, 'partnerMlLot', PREFERENCES, { user: userRef('partnerPijCahors'), key: 'forged', value: { a: 1 } })
    if (forged.status < 300) {
      const stored = await matrix.all(PREFERENCES, { key: { equals: 'forged' } })
      expect(stored.map((doc) => doc.user)).toEqual([userRef('partnerMlLot')])
    }
    expect((await matrix.raw(PREFERENCES, mine.id)).value).toEqual({ columns: ['reference'] })
  })

  it('the admin’s own routes by key reach only the caller’s preferences, 404 otherwise (never 500)', async () => {
    if (channel !== 'rest') return
    await context.payload.delete({ collection: PREFERENCES, where: { id: { exists: true } }, overrideAccess: true })
    await context.payload.create({
      collection: PREFERENCES,
      overrideAccess: true,
      user: matrix.user('partnerPijCahors'),
      data: { user: userRef('partnerPijCahors') as { relationTo: 'users'; value: number }, key: 'nav', value: { open: true } },
    })
    const other = matrix.token('partnerMlLot')
    expect((await matrix.api.get('/payload-preferences/nav', other)).json?.value ?? null).toBeNull()
    expect((await matrix.api.delete('/payload-preferences/nav', other)).status).toBe(404)
    expect((await matrix.api.delete('/payload-preferences/nav', undefined)).status).toBe(401)
    expect(await matrix.count(PREFERENCES, { key: { equals: 'nav' } })).toBe(1)
    expect((await matrix.api.get('/payload-preferences/nav', matrix.token('partnerPijCahors'))).json?.value).toEqual({ open: true })
    expect((await matrix.api.delete('/payload-preferences/nav', matrix.token('partnerPijCahors'))).status).toBe(200)
    expect(await matrix.count(PREFERENCES, { key: { equals: 'nav' } })).toBe(0)
  })
})
