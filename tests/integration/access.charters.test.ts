import { beforeAll, describe, expect, it } from '@jest/globals'

import { type Actor, CHANNELS, type Expectation, expectIds, expectOutcome, type Matrix } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, type PartnerKey, type TerritoryKey } from './access.fixtures'

/**
 * Partnership charters: recorded by the animators of the territory (and admins), read by them and by the
 * organisation that signed; deleted by admins only.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo
let charters: { id: number; partner: number; territories: number[] }[]

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
  charters = (await matrix.all('charters')).map((charter) => ({ id: charter.id, partner: charter.partner, territories: charter.territories }))
})

type Charter = (typeof charters)[number]
const SEES: [Actor, ((charter: Charter, d: Demo) => boolean) | 'denied'][] = [
  ['anonymous', 'denied'],
  ['admin', () => true],
  ['animatorLot', (c, d) => c.territories.includes(d.territories.lot)],
  // a charter covering the Sicoval among others too (the CRIJ Occitanie's: Montpellier and the Sicoval)
  ['animatorSicoval', (c, d) => c.territories.includes(d.territories.sicoval)],
  ['partnerMlLot', (c, d) => c.partner === d.partners.mlLot],
  ['partnerPijCahors', (c, d) => c.partner === d.partners.pijCahors],
  ['partnerMlSicoval', (c, d) => c.partner === d.partners.mlSicoval],
]

describe.each(CHANNELS)('reading charters via %s', (channel) => {
  it.each(SEES)('%s lists the charters of its perimeter', async (actor, sees) => {
    const expected = sees === 'denied' ? 'denied' : charters.filter((charter) => sees(charter, demo)).map((charter) => charter.id)
    if (expected !== 'denied') expect(expected.length).toBeGreaterThan(0)
    expectIds(await matrix.find(channel, actor, 'charters'), expected, `${channel} ${actor}`)
  })

  it('a partner cannot read its peer’s charter by id', async () => {
    const pijCharter = charters.find((charter) => charter.partner === demo.partners.pijCahors)!
    expect((await matrix.findByID(channel, 'partnerMlLot', 'charters', pijCharter.id)).doc).toBeUndefined()
    expect((await matrix.findByID(channel, 'animatorSicoval', 'charters', pijCharter.id)).doc).toBeUndefined()
    expect((await matrix.findByID(channel, 'animatorLot', 'charters', pijCharter.id)).doc?.id).toBe(pijCharter.id)
  })
})

/** A terminated charter: never conflicts with the organisation's live one. */
const newCharter = (partner: PartnerKey, territory: TerritoryKey) => ({
  partner: demo.partners[partner],
  territories: [demo.territories[territory]],
  version: '2026-1',
  status: 'resiliee',
})

const CREATE: [Actor, PartnerKey, TerritoryKey, Expectation][] = [
  ['anonymous', 'pijCahors', 'lot', 'denied'],
  ['partnerPijCahors', 'pijCahors', 'lot', 'denied'],
  ['animatorLot', 'pijCahors', 'lot', 'allowed'],
  ['animatorLot', 'mlSicoval', 'sicoval', 'denied'],
  // an organisation of another territory's network cannot be signed up by this animator
  ['animatorLot', 'crij', 'lot', 'denied'],
  ['animatorSicoval', 'mlSicoval', 'sicoval', 'allowed'],
  ['admin', 'crij', 'lot', 'allowed'],
]

const UPDATE: [Actor, PartnerKey, Expectation][] = [
  ['anonymous', 'pijCahors', 'denied'],
  ['partnerPijCahors', 'pijCahors', 'denied'],
  ['animatorLot', 'pijCahors', 'allowed'],
  ['animatorLot', 'mlSicoval', 'denied'],
  ['animatorSicoval', 'pijCahors', 'denied'],
  ['admin', 'mlSicoval', 'allowed'],
]

const DELETE: [Actor, Expectation][] = [
  ['anonymous', 'denied'],
  ['partnerPijCahors', 'denied'],
  ['animatorLot', 'denied'],
  ['admin', 'allowed'],
]

describe.each(CHANNELS)('writing charters via %s', (channel) => {
  it.each(CREATE)('%s records a charter of %s in %s: %s', async (actor, partner, territory, expected) => {
    const before = await matrix.count('charters')
    const result = await matrix.create(channel, actor, 'charters', newCharter(partner, territory))
    expectOutcome(result, expected, `${channel} ${actor}`)
    expect(await matrix.count('charters')).toBe(before + (expected === 'allowed' ? 1 : 0))
    if (result.doc?.id) await context.payload.delete({ collection: 'charters', id: result.doc.id, overrideAccess: true })
  })

  it.each(UPDATE)('%s updates the charter of %s: %s', async (actor, partner, expected) => {
    const charter = charters.find((candidate) => candidate.partner === demo.partners[partner])!
    const marker = `Fonction (${channel}, ${actor})`
    expectOutcome(await matrix.update(channel, actor, 'charters', charter.id, { signatoryRole: marker }), expected, `${channel} ${actor}`)
    expect((await matrix.raw('charters', charter.id)).signatoryRole === marker).toBe(expected === 'allowed')
  })

  it('an animator cannot hand a charter of its territory over to an organisation outside it, nor move it to another territory', async () => {
    const charter = charters.find((candidate) => candidate.partner === demo.partners.pijCahors)!
    for (const data of [
      { partner: demo.partners.crij },
      { territories: [demo.territories.sicoval] },
      { territories: [demo.territories.lot, demo.territories.sicoval] },
    ]) {
      const result = await matrix.update(channel, 'animatorLot', 'charters', charter.id, data)
      expectOutcome(result, 'denied', JSON.stringify(data))
      const stored = await matrix.raw('charters', charter.id)
      expect({ partner: stored.partner, territories: stored.territories }).toEqual({ partner: demo.partners.pijCahors, territories: [demo.territories.lot] })
    }
  })

  it('a charter of two territories is changed only by who runs both: the animator of one of them reads it, and is refused', async () => {
    const crij = charters.find((candidate) => candidate.partner === demo.partners.crij)!
    expect(crij.territories.sort()).toEqual([demo.territories.sicoval, demo.territories.montpellier].sort())
    const marker = `Fonction multi (${channel})`
    const refused = await matrix.update(channel, 'animatorSicoval', 'charters', crij.id, { signatoryRole: marker })
    expectOutcome(refused, 'denied', `${channel} animatorSicoval`)
    expect(refused.message).toMatch(/ne fait pas partie de ceux que vous animez/)
    expectOutcome(await matrix.update(channel, 'admin', 'charters', crij.id, { signatoryRole: marker }), 'allowed', `${channel} admin`)
    expect((await matrix.raw('charters', crij.id)).signatoryRole).toBe(marker)
  })

  it.each(DELETE)('%s deletes a charter of the Lot: %s', async (actor, expected) => {
    const charter = await context.payload.create({ collection: 'charters', data: newCharter('pijCahors', 'lot') as any, overrideAccess: true })
    expectOutcome(await matrix.delete(channel, actor, 'charters', charter.id), expected, `${channel} ${actor}`)
    expect(await matrix.exists('charters', charter.id)).toBe(expected === 'denied')
    if (expected === 'denied') await context.payload.delete({ collection: 'charters', id: charter.id, overrideAccess: true })
  })
})
