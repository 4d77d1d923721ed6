import { beforeAll, describe, expect, it } from '@jest/globals'

import { type Actor, CHANNELS, type Expectation, expectIds, expectOutcome, type Matrix, serialised } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, type PartnerKey, type TerritoryKey } from './access.fixtures'

/**
 * Offers: published ones are public; drafts, submitted and archived ones are read by their organisation and
 * the staff of their territory. Partners write their own (draft, submit), animators publish in their territories.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
})

type Offer = Demo['offers'][number]
/** What each person may read, as a rule on the offer (published, or inside their perimeter). */
const SEES: [Actor, (offer: Offer, d: Demo) => boolean][] = [
  ['anonymous', (o) => o.status === 'publiee'],
  ['admin', () => true],
  ['animatorLot', (o, d) => o.status === 'publiee' || o.territory === d.territories.lot],
  ['animatorSicoval', (o, d) => o.status === 'publiee' || o.territory === d.territories.sicoval],
  ['partnerMlLot', (o, d) => o.status === 'publiee' || o.partner === d.partners.mlLot],
  ['partnerPijCahors', (o, d) => o.status === 'publiee' || o.partner === d.partners.pijCahors],
  ['partnerMlSicoval', (o, d) => o.status === 'publiee' || o.partner === d.partners.mlSicoval],
]

describe('the demo data makes the offer matrix meaningful', () => {
  it('has unpublished offers in the Lot, of several organisations', () => {
    const unpublished = demo.offers.filter((offer) => offer.status !== 'publiee' && offer.territory === demo.territories.lot)
    expect(new Set(unpublished.map((offer) => offer.partner)).size).toBeGreaterThanOrEqual(3)
    expect(unpublished.some((offer) => offer.partner === demo.partners.mlLot)).toBe(true)
    expect(unpublished.some((offer) => offer.partner === demo.partners.pijCahors)).toBe(true)
  })
})

describe.each(CHANNELS)('reading offers via %s', (channel) => {
  it.each(SEES)('%s lists published offers plus those of its perimeter', async (actor, sees) => {
    const expected = demo.offers.filter((offer) => sees(offer, demo)).map((offer) => offer.id)
    expect(expected.length).toBeGreaterThan(0)
    expectIds(await matrix.find(channel, actor, 'offers'), expected, `${channel} ${actor}`)
  })

  it('a draft of the Mission Locale du Lot: its professional and the Lot animator read it; its peers, other territories and the public do not', async () => {
    const draft = demo.offer('Atelier CV et simulation d’entretien')
    const expected: [Actor, boolean][] = [
      ['anonymous', false],
      ['partnerMlLot', true],
      ['partnerPijCahors', false],
      ['partnerMlSicoval', false],
      ['animatorLot', true],
      ['animatorSicoval', false],
      ['admin', true],
    ]
    for (const [actor, visible] of expected) {
      const result = await matrix.findByID(channel, actor, 'offers', draft)
      expect({ actor, found: result.doc?.id === draft }).toEqual({ actor, found: visible })
    }
  })
})

describe.each(CHANNELS)('private offer fields via %s', (channel) => {
  // The professionals' addresses that receive the requests and the animator's review comment stay internal.
  const fields = 'id notificationEmails { email } reviewComment'
  const cases: [Actor, boolean][] = [
    ['anonymous', false],
    ['partnerPijCahors', false],
    ['partnerMlSicoval', false],
    ['animatorSicoval', false],
    ['partnerMlLot', true],
    ['animatorLot', true],
    ['admin', true],
  ]
  it.each(cases)('%s reads the notification emails of a published Mission Locale du Lot offer: %s', async (actor, visible) => {
    const id = demo.publishedOffer.mlLot
    const result = await matrix.findByID(channel, actor, 'offers', id, { fields })
    expect(result.doc?.id).toBe(id)
    const emails = (result.doc?.notificationEmails ?? []).map((row: { email: string }) => row.email)
    expect({ actor, emails }).toEqual({ actor, emails: visible ? ['pro.missionlocale46@boussole.test'] : [] })
    const list = await matrix.find(channel, actor, 'offers', { where: { partner: { equals: demo.partners.mlLot } }, fields })
    expect(serialised(list).includes('pro.missionlocale46@boussole.test')).toBe(visible)
  })
})

describe('offer versions (history)', () => {
  const VERSIONS: [Actor, (offer: Offer, d: Demo) => boolean][] = [
    ['anonymous', () => false],
    ['admin', () => true],
    ['animatorLot', (o, d) => o.territory === d.territories.lot],
    ['partnerMlLot', (o, d) => o.partner === d.partners.mlLot],
    ['partnerMlSicoval', (o, d) => o.partner === d.partners.mlSicoval],
  ]
  it.each(VERSIONS)('%s reads the history of its perimeter’s offers only (Local, REST, GraphQL)', async (actor, sees) => {
    const expected = new Set(demo.offers.filter((offer) => sees(offer, demo)).map((offer) => offer.id))
    const check = (status: number, parents: number[]) => {
      if (!expected.size) {
        expect(status === 200 ? parents : status).toEqual(status === 200 ? [] : expect.any(Number))
        return
      }
      expect(status).toBe(200)
      expect(parents.length).toBeGreaterThan(0)
      expect(new Set(parents)).toEqual(expected)
    }
    // Local API
    try {
      const local = await context.payload.findVersions({ collection: 'offers', pagination: false, depth: 0, user: matrix.user(actor), overrideAccess: false })
      check(
        200,
        local.docs.map((doc) => Number(doc.parent)),
      )
    } catch (error) {
      check((error as { status: number }).status, [])
    }
    // REST
    const rest = await matrix.api.get('/offers/versions?limit=0&depth=0', matrix.token(actor))
    check(
      rest.status,
      (rest.json?.docs ?? []).map((doc: { parent: number }) => Number(doc.parent)),
    )
    // GraphQL
    const graphql = await matrix.api.graphql('{ versionsOffers(pagination: false) { docs { parent { id } } } }', matrix.token(actor))
    const status = graphql.json.errors?.[0]?.extensions?.statusCode ?? 200
    check(
      status,
      (graphql.json.data?.versionsOffers?.docs ?? []).map((doc: { parent: { id: number } | null }) => doc.parent?.id),
    )
  })
})

/* ---------- Writing ---------- */

const newOffer = (partner: PartnerKey, territory: TerritoryKey, status = 'brouillon') => ({
  title: `Offre de test ${partner} ${status}`,
  summary: 'Une offre créée par les tests d’accès.',
  partner: demo.partners[partner],
  territory: demo.territories[territory],
  theme: demo.themes.emploi,
  subTheme: 'trouver-un-emploi',
  status,
  // GraphQL's input type requires it (elsewhere the organisation's default applies)
  contactDelayDays: 3,
})

/** Creating: partners for their own organisation (draft or submitted), staff in their territories. */
const CREATE: [Actor, PartnerKey, TerritoryKey, string, Expectation][] = [
  ['anonymous', 'mlLot', 'lot', 'brouillon', 'denied'],
  ['partnerMlLot', 'mlLot', 'lot', 'brouillon', 'allowed'],
  ['partnerMlLot', 'mlLot', 'lot', 'soumise', 'allowed'],
  ['partnerMlLot', 'mlLot', 'lot', 'publiee', 'denied'],
  ['partnerMlLot', 'pijCahors', 'lot', 'brouillon', 'denied'],
  ['partnerMlLot', 'mlLot', 'sicoval', 'brouillon', 'denied'],
  ['partnerMlSicoval', 'mlSicoval', 'sicoval', 'soumise', 'allowed'],
  ['animatorLot', 'pijCahors', 'lot', 'publiee', 'allowed'],
  ['animatorLot', 'mlSicoval', 'sicoval', 'brouillon', 'denied'],
  ['animatorLot', 'crij', 'lot', 'brouillon', 'denied'],
  ['animatorSicoval', 'mlSicoval', 'sicoval', 'publiee', 'allowed'],
  ['admin', 'crij', 'montpellier', 'publiee', 'allowed'],
]

/** Updating: targets by owner and territory. */
const TARGETS = {
  'own published offer': (d: Demo) => d.publishedOffer.mlLot,
  'own draft': (d: Demo) => d.offer('Atelier CV et simulation d’entretien'),
  'peer offer (PIJ de Cahors)': (d: Demo) => d.publishedOffer.pijCahors,
  'Sicoval offer': (d: Demo) => d.publishedOffer.mlSicoval,
}
type Target = keyof typeof TARGETS
/** « pending »: accepted, but saved as a version waiting for the animator's validation (the live offer is unchanged). */
const UPDATE: [Actor, Target, Expectation | 'pending'][] = [
  ['anonymous', 'own published offer', 'denied'],
  ['partnerMlLot', 'own published offer', 'pending'],
  ['partnerMlLot', 'own draft', 'allowed'],
  ['partnerMlLot', 'peer offer (PIJ de Cahors)', 'denied'],
  ['partnerMlLot', 'Sicoval offer', 'denied'],
  ['partnerPijCahors', 'own published offer', 'denied'],
  ['animatorLot', 'own published offer', 'allowed'],
  ['animatorLot', 'peer offer (PIJ de Cahors)', 'allowed'],
  ['animatorLot', 'Sicoval offer', 'denied'],
  ['animatorSicoval', 'own draft', 'denied'],
  ['animatorSicoval', 'Sicoval offer', 'allowed'],
  ['admin', 'Sicoval offer', 'allowed'],
]

/** Deleting: partners only their own drafts (otherwise they archive); staff in their territories. */
const DELETE: [Actor, PartnerKey, TerritoryKey, string, Expectation][] = [
  ['anonymous', 'mlLot', 'lot', 'brouillon', 'denied'],
  ['partnerMlLot', 'mlLot', 'lot', 'brouillon', 'allowed'],
  ['partnerMlLot', 'mlLot', 'lot', 'publiee', 'denied'],
  ['partnerMlLot', 'pijCahors', 'lot', 'brouillon', 'denied'],
  ['animatorLot', 'pijCahors', 'lot', 'publiee', 'allowed'],
  ['animatorLot', 'mlSicoval', 'sicoval', 'brouillon', 'denied'],
  ['admin', 'mlSicoval', 'sicoval', 'publiee', 'allowed'],
]

describe.each(CHANNELS)('writing offers via %s', (channel) => {
  it.each(CREATE)('%s creates an offer of %s in %s (%s): %s', async (actor, partner, territory, status, expected) => {
    const before = await matrix.count('offers')
    const result = await matrix.create(channel, actor, 'offers', newOffer(partner, territory, status))
    expectOutcome(result, expected, `${channel} ${actor}`)
    expect(await matrix.count('offers')).toBe(before + (expected === 'allowed' ? 1 : 0))
    if (result.doc?.id) await context.payload.delete({ collection: 'offers', id: result.doc.id, overrideAccess: true })
  })

  it.each(UPDATE)('%s updates %s: %s', async (actor, target, expected) => {
    const id = TARGETS[target](demo)
    const marker = `Résumé modifié (${channel}, ${actor}).`
    expectOutcome(
      await matrix.update(channel, actor, 'offers', id, { summary: marker }),
      expected === 'pending' ? 'allowed' : expected,
      `${channel} ${actor} ${target}`,
    )
    const stored = await matrix.raw('offers', id)
    expect(stored.summary === marker).toBe(expected === 'allowed')
    const latest = await context.payload.findByID({ collection: 'offers', id, depth: 0, overrideAccess: true, draft: true })
    expect(latest.summary === marker).toBe(expected !== 'denied')
    if (expected === 'pending') expect({ live: stored.status, pending: latest.status }).toEqual({ live: 'publiee', pending: 'soumise' })
  })

  it.each(DELETE)('%s deletes an offer of %s in %s (%s): %s', async (actor, partner, territory, status, expected) => {
    const offer = await context.payload.create({ collection: 'offers', data: newOffer(partner, territory, status) as any, overrideAccess: true })
    expectOutcome(await matrix.delete(channel, actor, 'offers', offer.id), expected, `${channel} ${actor}`)
    expect(await matrix.exists('offers', offer.id)).toBe(expected === 'denied')
    if (expected === 'denied') await context.payload.delete({ collection: 'offers', id: offer.id, overrideAccess: true })
  })
})

describe.each(CHANNELS)('the offer workflow via %s', (channel) => {
  it('a partner submits its draft, cannot publish it; the animator of the territory publishes it', async () => {
    const offer = await context.payload.create({ collection: 'offers', data: newOffer('mlLot', 'lot') as any, overrideAccess: true })
    try {
      expectOutcome(await matrix.update(channel, 'partnerMlLot', 'offers', offer.id, { status: 'soumise' }), 'allowed')
      const refused = await matrix.update(channel, 'partnerMlLot', 'offers', offer.id, { status: 'publiee' })
      expectOutcome(refused, 'denied')
      expect(refused.message).toContain('la publication revient à l’animation du territoire')
      expect((await matrix.raw('offers', offer.id)).status).toBe('soumise')
      expectOutcome(await matrix.update(channel, 'animatorSicoval', 'offers', offer.id, { status: 'publiee' }), 'denied')
      expectOutcome(await matrix.update(channel, 'animatorLot', 'offers', offer.id, { status: 'publiee' }), 'allowed')
      expect((await matrix.raw('offers', offer.id)).status).toBe('publiee')
    } finally {
      await context.payload.delete({ collection: 'offers', id: offer.id, overrideAccess: true })
    }
  })

  it('a partner cannot republish its archived offer by restoring a published version; the animator can', async () => {
    const offer = await context.payload.create({ collection: 'offers', data: newOffer('mlLot', 'lot', 'publiee') as any, overrideAccess: true })
    try {
      await context.payload.update({ collection: 'offers', id: offer.id, data: { status: 'archivee' }, overrideAccess: true })
      const { docs } = await context.payload.findVersions({
        collection: 'offers',
        where: { and: [{ parent: { equals: offer.id } }, { 'version.status': { equals: 'publiee' } }] },
        overrideAccess: true,
      })
      const version = String(docs[0].id)
      const restore = async (actor: Actor): Promise<number> => {
        if (channel === 'local') {
          return context.payload
            .restoreVersion({ collection: 'offers', id: version, overrideAccess: false, user: matrix.user(actor) })
            .then(() => 200)
            .catch((error: { status?: number }) => error.status ?? 500)
        }
        if (channel === 'rest') return (await matrix.api.post(`/offers/versions/${version}`, {}, matrix.token(actor))).status
        const { json } = await matrix.api.graphql('mutation($id: Int!) { restoreVersionOffer(id: $id) { id } }', matrix.token(actor), { id: Number(version) })
        if (json.errors?.length && !json.errors[0].extensions?.statusCode) throw new Error(JSON.stringify(json.errors))
        return json.errors?.length ? (json.errors[0].extensions?.statusCode ?? 400) : 200
      }
      expectOutcome({ status: await restore('partnerMlLot'), docs: [], message: '' }, 'denied', 'partner')
      expect((await matrix.raw('offers', offer.id)).status).toBe('archivee')
      expectOutcome({ status: await restore('animatorSicoval'), docs: [], message: '' }, 'denied', 'other animator')
      expectOutcome({ status: await restore('animatorLot'), docs: [], message: '' }, 'allowed', 'animator')
      expect((await matrix.raw('offers', offer.id)).status).toBe('publiee')
    } finally {
      await context.payload.delete({ collection: 'offers', id: offer.id, overrideAccess: true })
    }
  })

  it('a partner cannot hand its offer over to another organisation or territory', async () => {
    const id = demo.publishedOffer.mlLot
    for (const data of [{ partner: demo.partners.pijCahors }, { territory: demo.territories.sicoval }]) {
      expectOutcome(await matrix.update(channel, 'partnerMlLot', 'offers', id, data), 'denied', JSON.stringify(data))
      const stored = await matrix.raw('offers', id)
      expect({ partner: stored.partner, territory: stored.territory }).toEqual({ partner: demo.partners.mlLot, territory: demo.territories.lot })
    }
  })
})
