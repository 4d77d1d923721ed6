import { beforeAll, describe, expect, it } from '@jest/globals'

import { type Actor, CHANNELS, type Expectation, expectIds, expectOutcome, type Matrix, serialised } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, type PartnerKey, uniqueSiret } from './access.fixtures'

/**
 * Partner organisations: their public directory entry is readable by anyone; their professional contacts,
 * members and charters only by the staff of their territories and their peers (annuaire des homologues);
 * their public phone and email only when they chose to publish them.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
  // The PIJ de Gourdon keeps its reception phone and email private (contactsPublic: false).
  await context.payload.update({
    collection: 'partners',
    id: demo.partners.pijGourdon,
    data: { contactsPublic: false, publicPhone: '05 36 49 10 49', publicEmail: 'accueil.pij-gourdon@boussole.test' },
    overrideAccess: true,
  })
})

describe.each(CHANNELS)('listing partners via %s', (channel) => {
  it.each(['anonymous', 'admin', 'animatorLot', 'partnerMlSicoval'] as Actor[])('%s lists every organisation (public directory)', async (actor) => {
    const expected = (await matrix.all('partners')).map((partner) => partner.id)
    expect(expected.length).toBe(17)
    expectIds(await matrix.find(channel, actor, 'partners'), expected, `${channel} ${actor}`)
  })
})

/**
 * Who sees the professional contact (and the members, charters) of an organisation:
 * the staff of its territory and the professionals of its territory's organisations.
 */
const CONTACTS: [Actor, PartnerKey, boolean][] = [
  ['anonymous', 'mlLot', false],
  ['partnerMlLot', 'mlLot', true],
  ['partnerMlLot', 'pijCahors', true],
  ['partnerMlLot', 'mlSicoval', false],
  ['partnerMlSicoval', 'pijCahors', false],
  ['partnerMlSicoval', 'passerelles', true],
  ['animatorLot', 'pijCahors', true],
  ['animatorLot', 'mlSicoval', false],
  ['animatorSicoval', 'mlLot', false],
  ['admin', 'crij', true],
]

describe.each(CHANNELS)('private partner fields via %s', (channel) => {
  const fields = 'id name professionalContact { name email phone } members { docs { id } } charters { docs { id } }'

  it.each(CONTACTS)('%s reads the professional contact of %s: %s', async (actor, partner, visible) => {
    const result = await matrix.findByID(channel, actor, 'partners', demo.partners[partner], { fields, depth: 1 })
    expect(result.status).toBe(200)
    expect(result.doc?.name).toBeTruthy()
    const contact = result.doc?.professionalContact
    expect({ actor, partner, email: contact?.email ?? null }).toEqual({ actor, partner, email: visible ? expect.stringContaining('@boussole.test') : null })
    if (!visible) {
      expect(result.doc?.members?.docs ?? []).toEqual([])
      expect(result.doc?.charters?.docs ?? []).toEqual([])
    }
  })

  it('anonymous never sees professional contacts, members or charters in the directory, at any depth', async () => {
    const result = await matrix.find(channel, 'anonymous', 'partners', { depth: 2, fields })
    expect(result.docs.length).toBe(17)
    const text = serialised(result)
    for (const partner of await matrix.all('partners')) {
      expect(text).not.toContain(partner.professionalContact.email)
      expect(text).not.toContain(partner.professionalContact.phone)
    }
    for (const doc of result.docs) {
      expect(doc.professionalContact?.email ?? null).toBeNull()
      expect(doc.members?.docs ?? []).toEqual([])
      expect(doc.charters?.docs ?? []).toEqual([])
    }
  })

  it('anonymous sees the public phone and email only of organisations that publish them (contactsPublic)', async () => {
    const result = await matrix.find(channel, 'anonymous', 'partners', { fields: 'id contactsPublic publicPhone publicEmail' })
    const all = new Map((await matrix.all('partners')).map((partner) => [partner.id, partner]))
    const hidden = [...all.values()].filter((partner) => !partner.contactsPublic)
    expect(hidden.map((partner) => partner.id)).toContain(demo.partners.pijGourdon)
    for (const doc of result.docs) {
      const stored = all.get(doc.id)!
      expect({ id: doc.id, phone: doc.publicPhone ?? null }).toEqual({ id: doc.id, phone: stored.contactsPublic ? (stored.publicPhone ?? null) : null })
      expect({ id: doc.id, email: doc.publicEmail ?? null }).toEqual({ id: doc.id, email: stored.contactsPublic ? (stored.publicEmail ?? null) : null })
    }
    const gourdon = await matrix.findByID(channel, 'anonymous', 'partners', demo.partners.pijGourdon, { fields: 'id name publicPhone publicEmail' })
    expect(gourdon.doc?.name).toBe('Point Information Jeunesse de Gourdon')
    expect(serialised(gourdon)).not.toMatch(/05 36 49 10 49|accueil\.pij-gourdon/)
    // a signed-in professional sees them
    const pro = await matrix.findByID(channel, 'partnerMlSicoval', 'partners', demo.partners.pijGourdon, { fields: 'id publicPhone publicEmail' })
    expect({ phone: pro.doc?.publicPhone, email: pro.doc?.publicEmail }).toEqual({ phone: '05 36 49 10 49', email: 'accueil.pij-gourdon@boussole.test' })
  })
})

describe('the members of an organisation (accounts) follow the accounts’ own access', () => {
  it('the Lot animator sees the PIJ de Cahors’s professional; a peer organisation does not', async () => {
    const pijPro = matrix.user('partnerPijCahors')!
    const asAnimator = await matrix.findByID('rest', 'animatorLot', 'partners', demo.partners.pijCahors, { depth: 1 })
    expect(asAnimator.doc?.members?.docs.map((member: { id: number }) => member.id)).toEqual([pijPro.id])
    const asPeer = await matrix.findByID('rest', 'partnerMlLot', 'partners', demo.partners.pijCahors, { depth: 1 })
    expect(asPeer.doc?.members?.docs ?? []).toEqual([])
    // (the PIJ's professional contact is shown to its peers: the annuaire; its accounts are not)
    expect(serialised(asPeer)).not.toContain(`"id":${pijPro.id},"name"`)
  })
})

describe('filtering and sorting partners on private fields leaks nothing', () => {
  const probes = [
    '/partners?where[professionalContact.email][equals]=pro.pij-cahors@boussole.test',
    '/partners?where[professionalContact.email][like]=boussole',
    '/partners?sort=professionalContact.email',
    '/partners?where[members.email][equals]=pro.pij-cahors@boussole.test',
    '/partners?where[charters.signatoryName][like]=a',
    '/offers?where[partner.professionalContact.email][like]=boussole',
  ]
  it.each(probes)('anonymous %s is refused', async (path) => {
    const { status, json } = await matrix.api.get(path)
    expect({ status, docs: json?.docs?.length ?? 0 }).toEqual({ status: 400, docs: 0 })
  })

  it('a peer filtering on another territory’s members finds nothing', async () => {
    const { status, json } = await matrix.api.get(
      '/partners?where[members.email][equals]=pro.missionlocale-sicoval@boussole.test',
      matrix.token('partnerMlLot'),
    )
    expect(status === 400 || json.docs.length === 0).toBe(true)
  })
})

/* ---------- Writing ---------- */

const newPartner = (territories: number[]) => ({
  name: `Organisme de test ${Math.random().toString(36).slice(2, 8)}`,
  siret: uniqueSiret(),
  type: 'association',
  defaultContactDelayDays: 3,
  territories,
})

describe.each(CHANNELS)('writing partners via %s', (channel) => {
  const CREATE: [Actor, 'lot' | 'sicoval' | 'none', Expectation][] = [
    ['anonymous', 'lot', 'denied'],
    ['partnerMlLot', 'lot', 'denied'],
    ['animatorLot', 'lot', 'allowed'],
    ['animatorLot', 'sicoval', 'denied'],
    ['animatorLot', 'none', 'denied'],
    ['admin', 'none', 'allowed'],
  ]
  it.each(CREATE)('%s creates an organisation in %s: %s', async (actor, territory, expected) => {
    const before = await matrix.count('partners')
    const result = await matrix.create(channel, actor, 'partners', newPartner(territory === 'none' ? [] : [demo.territories[territory]]))
    expectOutcome(result, expected, `${channel} ${actor}`)
    expect(await matrix.count('partners')).toBe(before + (expected === 'allowed' ? 1 : 0))
    if (result.doc?.id) await context.payload.delete({ collection: 'partners', id: result.doc.id, overrideAccess: true })
  })

  const UPDATE: [Actor, PartnerKey, Expectation][] = [
    ['anonymous', 'mlLot', 'denied'],
    ['partnerMlLot', 'mlLot', 'allowed'],
    ['partnerMlLot', 'pijCahors', 'denied'],
    ['partnerMlLot', 'mlSicoval', 'denied'],
    ['partnerPijCahors', 'pijCahors', 'allowed'],
    ['animatorLot', 'pijCahors', 'allowed'],
    ['animatorLot', 'mlSicoval', 'denied'],
    ['animatorSicoval', 'mlSicoval', 'allowed'],
    ['animatorSicoval', 'mlLot', 'denied'],
    ['admin', 'crij', 'allowed'],
  ]
  it.each(UPDATE)('%s updates %s: %s', async (actor, partner, expected) => {
    const marker = `Présentation (${channel}, ${actor}).`
    expectOutcome(await matrix.update(channel, actor, 'partners', demo.partners[partner], { description: marker }), expected, `${channel} ${actor}`)
    expect((await matrix.raw('partners', demo.partners[partner])).description === marker).toBe(expected === 'allowed')
  })

  it('a partner cannot move its organisation into another territory; an animator cannot move one out of theirs', async () => {
    await matrix.update(channel, 'partnerMlLot', 'partners', demo.partners.mlLot, { territories: [demo.territories.sicoval] })
    expect((await matrix.raw('partners', demo.partners.mlLot)).territories).toEqual([demo.territories.lot])
    const moved = await matrix.update(channel, 'animatorLot', 'partners', demo.partners.pijCahors, { territories: [demo.territories.sicoval] })
    expectOutcome(moved, 'denied')
    expect(moved.message).toContain('ne fait pas partie de ceux que vous animez')
    expect((await matrix.raw('partners', demo.partners.pijCahors)).territories).toEqual([demo.territories.lot])
  })

  const DELETE: [Actor, Expectation][] = [
    ['anonymous', 'denied'],
    ['partnerMlLot', 'denied'],
    ['animatorLot', 'denied'],
    ['admin', 'allowed'],
  ]
  it.each(DELETE)('%s deletes an organisation of the Lot: %s', async (actor, expected) => {
    const partner = await context.payload.create({ collection: 'partners', data: newPartner([demo.territories.lot]) as any, overrideAccess: true })
    expectOutcome(await matrix.delete(channel, actor, 'partners', partner.id), expected, `${channel} ${actor}`)
    expect(await matrix.exists('partners', partner.id)).toBe(expected === 'denied')
    if (expected === 'denied') await context.payload.delete({ collection: 'partners', id: partner.id, overrideAccess: true })
  })
})
