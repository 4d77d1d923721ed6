import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Where } from 'payload'

import { type Actor, CHANNELS, type Expectation, expectIds, expectOutcome, type Matrix, serialised, TINY_PNG } from '../helpers/matrix'
import { useTestPayload } from '../helpers/payload'
import { type Demo, openDemoMatrix, type TerritoryKey, unique } from './access.fixtures'

/**
 * Reference data: territories (open ones public, the others to their staff and partners), national themes,
 * questionnaires (national templates, territory overrides written by the territory's animators), the
 * geography (communes, départements, EPCIs: public, written by admins only) and public images.
 */
const context = useTestPayload()
let matrix: Matrix
let demo: Demo
/** A territory in preparation, where the Mission Locale du Sicoval already signed a charter. */
let preparing: number
/** The demo territory in preparation (Grand Reims): only administrators read it. */
let demoPreparing: number

beforeAll(async () => {
  ;({ matrix, demo } = await openDemoMatrix(context.payload))
  demoPreparing = (await context.payload.find({ collection: 'territories', where: { slug: { equals: 'grand-reims' } }, limit: 1, overrideAccess: true }))
    .docs[0].id
  preparing = (
    await context.payload.create({
      collection: 'territories',
      overrideAccess: true,
      data: { name: 'Creuse (en préparation)', slug: 'creuse-test', status: 'preparation', themes: [{ theme: demo.themes.emploi, status: 'bientot' }] },
    })
  ).id
  await context.payload.create({
    collection: 'charters',
    overrideAccess: true,
    data: {
      partner: demo.partners.mlSicoval,
      territories: [preparing],
      version: '2026-1',
      status: 'signee',
      signatoryName: 'Bernard Castagné',
      signedAt: '2026-03-01T12:00:00.000Z',
    },
  })
})

const ALL_ACTORS: Actor[] = ['anonymous', 'admin', 'animatorLot', 'animatorSicoval', 'partnerMlLot', 'partnerMlSicoval']

describe.each(CHANNELS)('reading territories via %s', (channel) => {
  const SEES: [Actor, boolean][] = [
    ['anonymous', false],
    ['admin', true],
    ['animatorLot', false],
    ['partnerMlLot', false],
    // its organisation signed a charter there
    ['partnerMlSicoval', true],
  ]
  it.each(SEES)('%s sees the open territories, and the one in preparation: %s', async (actor, seesPreparing) => {
    const open = [demo.territories.lot, demo.territories.sicoval, demo.territories.montpellier]
    const preparingSeen = seesPreparing ? [preparing, ...(actor === 'admin' ? [demoPreparing] : [])] : []
    expectIds(await matrix.find(channel, actor, 'territories'), [...open, ...preparingSeen], `${channel} ${actor}`)
  })

  it('anonymous reads an open territory without its animators or charters', async () => {
    const fields = 'id name animators { docs { id } } charters { docs { id } } consortium { docs { id } }'
    const result = await matrix.findByID(channel, 'anonymous', 'territories', demo.territories.lot, { depth: 1, fields })
    expect(result.doc?.name).toBe('Lot')
    expect(result.doc?.animators?.docs ?? []).toEqual([])
    expect(result.doc?.charters?.docs ?? []).toEqual([])
    expect(result.doc?.consortium?.docs?.length).toBe(8)
    expect(serialised(result)).not.toContain('animateur.lot@boussole.test')
  })
})

describe.each(CHANNELS)('reading public reference data via %s', (channel) => {
  const PUBLIC: [CollectionSlug, Where | undefined][] = [
    ['themes', undefined],
    ['questionnaires', undefined],
    ['departements', { code: { in: ['46', '31', '34'] } }],
    ['epcis', { code: { in: ['243100633', '243400017'] } }],
    ['communes', { code: { in: ['46042', '31446', '34172'] } }],
    ['media', undefined],
  ]
  it.each(PUBLIC)('everybody reads %s', async (slug, where) => {
    const expected = (await matrix.all(slug, where)).map((doc) => doc.id)
    if (slug !== 'media') expect(expected.length).toBeGreaterThan(0)
    for (const actor of ALL_ACTORS) expectIds(await matrix.find(channel, actor, slug, { where }), expected, `${channel} ${actor} ${slug}`)
  })
})

/* ---------- Writing territories ---------- */

describe.each(CHANNELS)('writing territories via %s', (channel) => {
  const UPDATE: [Actor, TerritoryKey, Expectation][] = [
    ['anonymous', 'lot', 'denied'],
    ['partnerMlLot', 'lot', 'denied'],
    ['animatorLot', 'lot', 'allowed'],
    ['animatorLot', 'sicoval', 'denied'],
    ['animatorSicoval', 'lot', 'denied'],
    ['admin', 'montpellier', 'allowed'],
  ]
  it.each(UPDATE)('%s updates the territory %s: %s', async (actor, territory, expected) => {
    const marker = `Présentation (${channel}, ${actor}).`
    expectOutcome(await matrix.update(channel, actor, 'territories', demo.territories[territory], { description: marker }), expected, `${channel} ${actor}`)
    expect((await matrix.raw('territories', demo.territories[territory])).description === marker).toBe(expected === 'allowed')
  })

  it('an animator cannot rename its territory nor change its status (admin only)', async () => {
    await matrix.update(channel, 'animatorLot', 'territories', demo.territories.lot, { name: 'Lot renommé', slug: 'lot-renomme', status: 'ferme' })
    const stored = await matrix.raw('territories', demo.territories.lot)
    expect({ name: stored.name, slug: stored.slug, status: stored.status }).toEqual({ name: 'Lot', slug: 'lot', status: 'ouvert' })
  })

  it.each([
    ['anonymous', 'denied'],
    ['partnerMlLot', 'denied'],
    ['animatorLot', 'denied'],
    ['admin', 'allowed'],
  ] as [Actor, Expectation][])('%s creates then deletes a territory: %s', async (actor, expected) => {
    const data = { name: unique('Territoire'), slug: unique('territoire'), status: 'preparation' }
    const created = await matrix.create(channel, actor, 'territories', data)
    expectOutcome(created, expected, `${channel} ${actor} create`)
    const id = created.doc?.id ?? (await context.payload.create({ collection: 'territories', data: data as any, overrideAccess: true })).id
    expectOutcome(await matrix.delete(channel, actor, 'territories', id), expected, `${channel} ${actor} delete`)
    expect(await matrix.exists('territories', id)).toBe(expected === 'denied')
    if (expected === 'denied') await context.payload.delete({ collection: 'territories', id, overrideAccess: true })
  })
})

/* ---------- Writing questionnaires ---------- */

describe.each(CHANNELS)('writing questionnaires via %s', (channel) => {
  const questions = [
    { key: 'age', type: 'number', required: true, label: 'Quel âge as-tu ?', min: 15, max: 30 },
    {
      key: 'situation',
      type: 'single',
      required: true,
      label: 'Quelle est ta situation ?',
      options: [
        { value: 'etudiant', label: 'Étudiant' },
        { value: 'salarie', label: 'Salarié' },
      ],
    },
  ]
  const questionnaire = (territory: TerritoryKey | null) => ({
    title: unique('Questionnaire'),
    theme: demo.themes['mobilite-internationale'],
    territory: territory ? demo.territories[territory] : null,
    questions,
  })
  const CREATE: [Actor, TerritoryKey | null, Expectation][] = [
    ['anonymous', 'lot', 'denied'],
    ['partnerMlLot', 'lot', 'denied'],
    ['animatorLot', 'lot', 'allowed'],
    ['animatorLot', 'sicoval', 'denied'],
    ['animatorLot', null, 'denied'],
    ['admin', 'sicoval', 'allowed'],
  ]
  it.each(CREATE)('%s creates a questionnaire for %s (null: national), then updates and deletes it: %s', async (actor, territory, expected) => {
    const data = questionnaire(territory)
    const created = await matrix.create(channel, actor, 'questionnaires', data)
    expectOutcome(created, expected, `${channel} ${actor} create`)
    // (a second national template for the theme cannot exist: the national one is covered below)
    if (territory === null) return
    const id = created.doc?.id ?? (await context.payload.create({ collection: 'questionnaires', data: data as any, overrideAccess: true })).id
    try {
      const marker = `Intro (${channel}, ${actor})`
      expectOutcome(await matrix.update(channel, actor, 'questionnaires', id, { intro: marker }), expected, `${channel} ${actor} update`)
      expect((await matrix.raw('questionnaires', id)).intro === marker).toBe(expected === 'allowed')
      expectOutcome(await matrix.delete(channel, actor, 'questionnaires', id), expected, `${channel} ${actor} delete`)
      expect(await matrix.exists('questionnaires', id)).toBe(expected === 'denied')
    } finally {
      if (await matrix.exists('questionnaires', id)) await context.payload.delete({ collection: 'questionnaires', id, overrideAccess: true })
    }
  })

  it('the Lot animator edits the Lot’s override but not the national template', async () => {
    const [lotOverride] = await matrix.all('questionnaires', { territory: { equals: demo.territories.lot } })
    const [national] = await matrix.all('questionnaires', { and: [{ territory: { exists: false } }, { theme: { equals: demo.themes.emploi } }] })
    expectOutcome(await matrix.update(channel, 'animatorLot', 'questionnaires', lotOverride.id, { intro: `Lot (${channel})` }), 'allowed')
    expectOutcome(await matrix.update(channel, 'animatorLot', 'questionnaires', national.id, { intro: `National (${channel})` }), 'denied')
    expectOutcome(await matrix.update(channel, 'animatorSicoval', 'questionnaires', lotOverride.id, { intro: `Sicoval (${channel})` }), 'denied')
    expect((await matrix.raw('questionnaires', national.id)).intro).not.toBe(`National (${channel})`)
    expect((await matrix.raw('questionnaires', lotOverride.id)).intro).toBe(`Lot (${channel})`)
  })
})

/* ---------- National data: admins only ---------- */

const NATIONAL: [CollectionSlug, () => Record<string, unknown>, Record<string, unknown>][] = [
  ['themes', () => ({ name: unique('Thème'), slug: unique('theme'), description: 'Un thème de test.', status: 'bientot' }), { description: 'Modifié.' }],
  ['communes', () => ({ code: unique('T').slice(0, 20), name: 'Commune de test', postalCodes: ['99999'] }), { label: 'Modifiée' }],
  ['departements', () => ({ code: unique('D'), name: 'Département de test' }), { label: 'Modifié' }],
  ['epcis', () => ({ code: unique('E'), name: 'EPCI de test' }), { label: 'Modifié' }],
]

describe.each(CHANNELS)('national reference data via %s: admins only', (channel) => {
  const ROLES: [Actor, Expectation][] = [
    ['anonymous', 'denied'],
    ['partnerMlLot', 'denied'],
    ['animatorLot', 'denied'],
    ['admin', 'allowed'],
  ]
  it.each(NATIONAL)('%s: create, update, delete', async (slug, data, patch) => {
    for (const [actor, expected] of ROLES) {
      const input = data()
      const created = await matrix.create(channel, actor, slug, input)
      expectOutcome(created, expected, `${channel} ${actor} create ${slug}`)
      const id = created.doc?.id ?? (await context.payload.create({ collection: slug, data: input as any, overrideAccess: true })).id
      expectOutcome(await matrix.update(channel, actor, slug, id, patch), expected, `${channel} ${actor} update ${slug}`)
      const [field, value] = Object.entries(patch)[0]
      expect((await matrix.raw(slug, id))[field] === value).toBe(expected === 'allowed')
      expectOutcome(await matrix.delete(channel, actor, slug, id), expected, `${channel} ${actor} delete ${slug}`)
      expect(await matrix.exists(slug, id)).toBe(expected === 'denied')
      if (expected === 'denied') await context.payload.delete({ collection: slug, id, overrideAccess: true })
    }
  })
})

/* ---------- Media (public images) ---------- */

describe('media: any professional uploads a logo; staff edit and delete', () => {
  const UPLOAD: [Actor, Expectation][] = [
    ['anonymous', 'denied'],
    ['partnerMlLot', 'allowed'],
    ['animatorLot', 'allowed'],
    ['admin', 'allowed'],
  ]
  it.each(UPLOAD)('%s uploads an image (Local API, multipart REST): %s', async (actor, expected) => {
    for (const channel of ['local', 'rest'] as const) {
      const before = await matrix.count('media')
      const result = await matrix.upload(channel, actor, 'media', { alt: `Logo (${channel}, ${actor})` }, `${unique('logo')}.png`)
      expectOutcome(result, expected, `${channel} ${actor}`)
      expect(await matrix.count('media')).toBe(before + (expected === 'allowed' ? 1 : 0))
      if (result.doc?.id) await context.payload.delete({ collection: 'media', id: result.doc.id, overrideAccess: true })
    }
  })

  const EDIT: [Actor, Expectation][] = [
    ['anonymous', 'denied'],
    ['partnerMlLot', 'denied'],
    ['animatorLot', 'allowed'],
    ['admin', 'allowed'],
  ]
  // Images are public and served from the site's own origin: a file that could run a script there is refused.
  const upload = (name: string, mimetype: string, content: string) =>
    context.payload.create({
      collection: 'media',
      data: { alt: 'Logo' },
      file: { data: Buffer.from(content), mimetype, name, size: content.length },
      overrideAccess: true,
    })
  it.each([
    ['an SVG carrying a script', 'logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'],
    [
      'an SVG with an event handler',
      'logo.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
    ],
    ['an HTML page named like a PNG', 'logo.png', 'image/png', '<!doctype html><script>alert(1)</script>'],
  ])('refuses %s, even from an administrator', async (_label, name, mimetype, content) => {
    const before = await matrix.count('media')
    // Payload inspects the content (SVG elements and attributes, the real type of the bytes), not the name.
    await expect(upload(name, mimetype, content)).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'file' })] } })
    expect(await matrix.count('media')).toBe(before)
  })

  it('accepts a plain SVG logo', async () => {
    const media = await upload(
      'logo.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#000091"/></svg>',
    )
    expect(media.mimeType).toBe('image/svg+xml')
    await context.payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
  })

  it.each(EDIT)('%s edits and deletes an image (Local, REST, GraphQL): %s', async (actor, expected) => {
    for (const channel of CHANNELS) {
      const file = { data: TINY_PNG, mimetype: 'image/png', name: `${unique('img')}.png`, size: TINY_PNG.length }
      const media = await context.payload.create({ collection: 'media', data: { alt: 'Image de test' }, file, overrideAccess: true })
      const marker = `Alt (${channel}, ${actor})`
      expectOutcome(await matrix.update(channel, actor, 'media', media.id, { alt: marker }), expected, `${channel} ${actor} update`)
      expect((await matrix.raw('media', media.id)).alt === marker).toBe(expected === 'allowed')
      expectOutcome(await matrix.delete(channel, actor, 'media', media.id), expected, `${channel} ${actor} delete`)
      expect(await matrix.exists('media', media.id)).toBe(expected === 'denied')
      if (expected === 'denied') await context.payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    }
  })
})
