import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Where } from 'payload'

import { type Actor, CHANNELS, type Expectation, expectIds, expectOutcome, type Matrix, serialised } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { createLeads, type Demo, LEAD_FIXTURES, leadEmail, leadReference, openDemoMatrix } from './access.fixtures'

/**
 * Leads (demandes de mise en relation) hold a young person's contact details: the organisation that owns
 * the offer and the animators of its territory read them; nobody else, by any route.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo
let leads: Record<string, number>

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
  leads = await createLeads(context.payload, demo)
})

type LeadKey = (typeof LEAD_FIXTURES)[number]['key']
const ALL: LeadKey[] = LEAD_FIXTURES.map((lead) => lead.key)

/** Which leads each person sees: their organisation's, or their territories'. */
const VISIBLE: [Actor, LeadKey[] | 'denied'][] = [
  ['anonymous', 'denied'],
  ['admin', ALL],
  ['animatorLot', ['mlLot1', 'mlLot2', 'pijCahors']],
  ['animatorSicoval', ['mlSicoval']],
  ['partnerMlLot', ['mlLot1', 'mlLot2']],
  ['partnerPijCahors', ['pijCahors']],
  ['partnerMlSicoval', ['mlSicoval']],
]

const idsOf = (keys: LeadKey[] | 'denied') => (keys === 'denied' ? 'denied' : keys.map((key) => leads[key]))

describe.each(CHANNELS)('leads via %s', (channel) => {
  it.each(VISIBLE)('%s lists exactly its leads', async (actor, expected) => {
    expectIds(await matrix.find(channel, actor, 'leads'), idsOf(expected), `${channel} ${actor}`)
  })

  it.each(VISIBLE)('%s reads by id only its leads', async (actor, expected) => {
    for (const key of ALL) {
      const result = await matrix.findByID(channel, actor, 'leads', leads[key])
      const visible = expected !== 'denied' && expected.includes(key)
      expect({ actor, key, status: result.status, id: result.doc?.id }).toEqual({
        actor,
        key,
        status: visible ? 200 : expect.any(Number),
        id: visible ? leads[key] : undefined,
      })
      if (!visible) expect([401, 403, 404]).toContain(result.status)
    }
  })

  it.each(VISIBLE)('%s: filters never reach beyond its leads', async (actor, expected) => {
    // Filtering on another organisation's request (by owner, by offer's owner, by the young person's email)
    // only ever narrows what the person may read anyway.
    const pij = demo.partners.pijCahors
    const filters: Where[] = [
      { partner: { equals: pij } },
      { 'contact.email': { equals: leadEmail('pijCahors') } },
      // GraphQL filters cannot follow a relationship
      ...(channel === 'graphql' ? [] : [{ 'offer.partner': { equals: pij } }]),
    ]
    for (const where of filters) {
      const result = await matrix.find(channel, actor, 'leads', { where })
      const mayRead = expected !== 'denied' && expected.includes('pijCahors')
      expectIds(result, mayRead ? [leads.pijCahors] : 'denied', `${channel} ${actor} ${JSON.stringify(where)}`)
    }
  })

  it('nobody creates a lead through the API, not even an administrator (the plugin does)', async () => {
    const offer = demo.publishedOffer.mlLot
    const data = {
      offer,
      partner: demo.partners.mlLot,
      territory: demo.territories.lot,
      theme: demo.themes.emploi,
      commune: demo.communes.cahors,
      consentAt: new Date().toISOString(),
      contact: { email: 'intrus@example.org' },
    }
    for (const actor of ['anonymous', 'admin', 'animatorLot', 'partnerMlLot'] as const) {
      const before = await matrix.count('leads')
      expectOutcome(await matrix.create(channel, actor, 'leads', data), 'denied', `${channel} ${actor}`)
      expect(await matrix.count('leads')).toBe(before)
    }
  })
})

/** Handling a lead (comment, status): the owning organisation and the territory's staff. */
const UPDATE: [Actor, LeadKey, Expectation][] = [
  ['anonymous', 'mlLot1', 'denied'],
  ['partnerMlLot', 'mlLot1', 'allowed'],
  ['partnerMlLot', 'pijCahors', 'denied'],
  ['partnerMlLot', 'mlSicoval', 'denied'],
  ['partnerPijCahors', 'mlLot1', 'denied'],
  ['partnerMlSicoval', 'mlLot2', 'denied'],
  ['animatorLot', 'pijCahors', 'allowed'],
  ['animatorLot', 'mlSicoval', 'denied'],
  ['animatorSicoval', 'mlLot1', 'denied'],
  ['animatorSicoval', 'mlSicoval', 'allowed'],
  ['admin', 'crij', 'allowed'],
]

describe.each(CHANNELS)('updating leads via %s', (channel) => {
  it.each(UPDATE)('%s updates the lead %s: %s', async (actor, key, expected) => {
    const marker = `note ${channel} ${actor}`
    const result = await matrix.update(channel, actor, 'leads', leads[key], { closingComment: marker })
    expectOutcome(result, expected, `${channel} ${actor} ${key}`)
    const stored = await matrix.raw('leads', leads[key])
    expect(stored.closingComment === marker).toBe(expected === 'allowed')
  })

  it('the organisation cannot reassign its lead nor rewrite the young person’s details', async () => {
    const result = await matrix.update(channel, 'partnerMlLot', 'leads', leads.mlLot1, {
      partner: demo.partners.pijCahors,
      contact: { email: 'autre@example.org' },
      reference: 'FAUX',
    })
    expectOutcome(result, 'allowed')
    const stored = await matrix.raw('leads', leads.mlLot1)
    expect({ partner: stored.partner, email: stored.contact.email, reference: stored.reference }).toEqual({
      partner: demo.partners.mlLot,
      email: leadEmail('mlLot1'),
      reference: leadReference('mlLot1'),
    })
  })
})

describe.each(CHANNELS)('deleting leads via %s', (channel) => {
  const DELETE: [Actor, LeadKey, Expectation][] = [
    ['anonymous', 'mlLot1', 'denied'],
    ['partnerMlLot', 'mlLot1', 'denied'],
    ['animatorLot', 'mlLot1', 'denied'],
    ['admin', 'mlLot1', 'allowed'],
  ]
  it.each(DELETE)('%s deletes a lead of its own scope: %s', async (actor, key, expected) => {
    // A throw-away copy of the lead, so that an allowed deletion leaves the fixtures intact.
    const [copy] = Object.values(
      await createLeads(context.payload, demo, [{ ...LEAD_FIXTURES.find((lead) => lead.key === key)!, key: `del-${channel}-${actor}` }]),
    )
    const result = await matrix.delete(channel, actor, 'leads', copy)
    expectOutcome(result, expected, `${channel} ${actor}`)
    expect(await matrix.exists('leads', copy)).toBe(expected === 'denied')
    if (expected === 'denied') await context.payload.delete({ collection: 'leads', id: copy, overrideAccess: true })
  })
})

describe('hidden lead fields', () => {
  it.each(CHANNELS)('only administrators see the technical keys (via %s)', async (channel) => {
    const fields = 'id idempotencyKey requestFingerprint contact { email }'
    const admin = await matrix.findByID(channel, 'admin', 'leads', leads.mlLot1, { fields })
    const partner = await matrix.findByID(channel, 'partnerMlLot', 'leads', leads.mlLot1, { fields })
    expect(admin.doc?.idempotencyKey).toBe('idem-mlLot1')
    expect(partner.doc?.contact?.email).toBe(leadEmail('mlLot1'))
    expect(partner.doc?.idempotencyKey ?? null).toBeNull()
    expect(partner.doc?.requestFingerprint ?? null).toBeNull()
  })
})

describe('leads reached from other collections', () => {
  const everyLeadSecret = () => LEAD_FIXTURES.flatMap((lead) => [leadEmail(lead.key), leadReference(lead.key)])
  const secretsOutside = (actor: Actor) => {
    const own = VISIBLE.find(([candidate]) => candidate === actor)![1]
    return LEAD_FIXTURES.filter((lead) => own === 'denied' || !own.includes(lead.key)).flatMap((lead) => [leadEmail(lead.key), leadReference(lead.key)])
  }

  it('anonymous GraphQL `{ Leads { docs { id contact { email } } } }` is refused, with no data', async () => {
    const { json } = await matrix.api.graphql('{ Leads { docs { id contact { email } } } }')
    expect(json.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(json.data?.Leads ?? null).toBeNull()
    expect(JSON.stringify(json)).not.toMatch(/example\.org/)
  })

  it('anonymous REST `GET /api/leads` and `/api/leads/count` are refused', async () => {
    expect((await matrix.api.get('/leads')).status).toBe(403)
    expect((await matrix.api.get('/leads/count')).status).toBe(403)
    expect((await matrix.api.get(`/leads/${leads.mlLot1}`)).status).toBe(403)
  })

  it('a partner counts only its organisation’s leads (REST count, GraphQL count)', async () => {
    const rest = await matrix.api.get('/leads/count', matrix.token('partnerMlLot'))
    expect(rest.json.totalDocs).toBe(2)
    const graphql = await matrix.api.graphql('{ countLeads { totalDocs } }', matrix.token('partnerMlLot'))
    expect(graphql.json.data.countLeads.totalDocs).toBe(2)
  })

  it.each(['anonymous', 'partnerPijCahors', 'partnerMlSicoval', 'animatorSicoval'] as const)(
    'GET /api/offers?depth=2 filtered on the Mission Locale du Lot never exposes its leads to %s',
    async (actor) => {
      for (const channel of CHANNELS) {
        const result = await matrix.find(channel, actor, 'offers', {
          where: { partner: { equals: demo.partners.mlLot } },
          depth: 2,
          fields: 'id partner { id name }',
        })
        expect(result.status).toBe(200)
        expect(result.docs.length).toBeGreaterThan(0)
        const text = serialised(result)
        for (const secret of secretsOutside(actor)) expect(text).not.toContain(secret)
      }
    },
  )

  it.each(['anonymous', 'partnerPijCahors', 'animatorLot'] as const)('no collection can be filtered by a lead (%s)', async (actor) => {
    // Neither offers nor partners relate to leads: such filters are refused, never answered.
    const filters = [
      ['offers', { 'leads.contact.email': { equals: leadEmail('mlLot1') } }],
      ['partners', { 'leads.contact.email': { equals: leadEmail('mlLot1') } }],
      ['partners', { 'leads.id': { exists: true } }],
    ] as const
    for (const [slug, where] of filters) {
      for (const channel of CHANNELS) {
        const result = await matrix.find(channel, actor, slug, { where })
        expect({ slug, channel, status: result.status, ids: result.docs.length }).toEqual({ slug, channel, status: 400, ids: 0 })
      }
    }
  })

  it('the sent-emails log, which links to leads, is for administrators only (no population for anybody else)', async () => {
    const email = await context.payload.create({
      collection: 'sent-emails',
      overrideAccess: true,
      data: { key: `lead:${leads.mlLot1}:new:test`, kind: 'new-lead', lead: leads.mlLot1, sentAt: new Date().toISOString() },
    })
    try {
      for (const channel of CHANNELS) {
        for (const actor of ['anonymous', 'partnerMlLot', 'animatorLot'] as const) {
          const result = await matrix.find(channel, actor, 'sent-emails', { depth: 2, fields: 'id lead { id contact { email } }' })
          expectIds(result, 'denied', `${channel} ${actor}`)
          const filtered = await matrix.find(channel, actor, 'sent-emails', { where: { 'lead.contact.email': { equals: leadEmail('mlLot1') } } })
          expectIds(filtered, 'denied', `${channel} ${actor} where`)
        }
        const admin = await matrix.find(channel, 'admin', 'sent-emails', { depth: 1, fields: 'id lead { id contact { email } }' })
        expect(admin.docs.map((doc) => doc.lead?.contact?.email)).toEqual([leadEmail('mlLot1')])
      }
    } finally {
      await context.payload.delete({ collection: 'sent-emails', id: email.id, overrideAccess: true })
    }
  })

  it('a document lock on another organisation’s lead reveals none of its content', async () => {
    const pijUser = matrix.user('partnerPijCahors')!
    const lock = await context.payload.create({
      collection: 'payload-locked-documents',
      overrideAccess: true,
      data: { document: { relationTo: 'leads', value: leads.pijCahors }, user: { relationTo: 'users', value: pijUser.id } },
    })
    try {
      const { status, json } = await matrix.api.get('/payload-locked-documents?depth=3', matrix.token('partnerMlLot'))
      expect(status).toBe(200)
      expect(JSON.stringify(json)).not.toContain(leadEmail('pijCahors'))
      expect(JSON.stringify(json)).not.toContain(leadReference('pijCahors'))
      // the other organisation's professional is not disclosed either
      expect(JSON.stringify(json)).not.toContain(pijUser.email)
    } finally {
      await context.payload.delete({ collection: 'payload-locked-documents', id: lock.id, overrideAccess: true })
    }
  })

  it('the partner reading its own lead at depth 2 sees its details, and only its organisation’s', async () => {
    for (const channel of ['local', 'rest'] as const) {
      const result = await matrix.find(channel, 'partnerMlLot', 'leads', { depth: 2 })
      const text = serialised(result)
      expect(text).toContain(leadEmail('mlLot1'))
      for (const secret of secretsOutside('partnerMlLot')) expect(text).not.toContain(secret)
    }
    expect(everyLeadSecret().length).toBe(LEAD_FIXTURES.length * 2)
  })
})
