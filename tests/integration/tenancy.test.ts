import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import type { CollectionSlug, Field, Payload, Where } from 'payload'

import { SELECTED_TERRITORY_COOKIE } from '../../src/access/selectedTerritory'
import { demoSiret } from '../../src/seed/siret'
import { apiClient, type ApiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'
import { loadDemo, type Demo } from './access.fixtures'
import { CEJ, leadBody, offerId } from './leads.fixtures'
import { actor, LOT_ANIMATOR, ML_LOT_PRO, PASSWORD } from './workflows.fixtures'

/**
 * What Boussole takes from the official multi-tenant plugin: relationship pickers limited to what the person
 * may choose (`src/access/pickers.ts`), a list filter for animators of several territories
 * (`src/access/selectedTerritory.ts`), and the clean-up of a closed or deleted territory
 * (`src/domain/territories/territoryLifecycle.ts`).
 */
const context = useTestPayload()
let api: ApiClient
let demo: Demo
const ADMIN = 'admin@boussole.test'
const TWO_TERRITORIES = 'animatrice.deux-territoires@boussole.test'

/** A relationship field's definition, searched through rows, groups and tabs. */
function fieldOf(payload: Payload, collection: CollectionSlug, name: string): Field & { filterOptions?: unknown } {
  const search = (fields: Field[]): Field | undefined => {
    for (const field of fields) {
      if ('name' in field && field.name === name) return field
      const nested = 'fields' in field ? search(field.fields) : 'tabs' in field ? search(field.tabs.flatMap((tab) => tab.fields)) : undefined
      if (nested) return nested
    }
    return undefined
  }
  const found = search(payload.collections[collection].config.fields)
  if (!found) throw new Error(`${collection}.${name} introuvable`)
  return found as Field & { filterOptions?: unknown }
}

async function requestAs(payload: Payload, email: string, cookie?: string) {
  const user = await actor(payload, email)
  const headers = new Headers(cookie ? { cookie } : {})
  return createLocalReq({ user: user as never, req: { headers } as never }, payload)
}

async function filterOptionsAs(email: string, collection: CollectionSlug, field: string, data: Record<string, unknown> = {}) {
  const { payload } = context
  const filterOptions = fieldOf(payload, collection, field).filterOptions as (args: unknown) => Promise<Where | boolean>
  const req = await requestAs(payload, email)
  return filterOptions({ req, data, siblingData: data, user: req.user, relationTo: collection, id: undefined })
}

beforeAll(async () => {
  const { payload } = context
  api = apiClient(payload)
  demo = await loadDemo(payload)
  await payload.create({
    collection: 'users',
    data: {
      email: TWO_TERRITORIES,
      password: PASSWORD,
      name: 'Animatrice de deux territoires',
      role: 'animator',
      territories: [demo.territories.lot, demo.territories.sicoval],
    },
    overrideAccess: true,
  })
})

describe('relationship pickers (filterOptions)', () => {
  it.each([
    [LOT_ANIMATOR, 'lot'],
    [ML_LOT_PRO, 'partner'],
    [ADMIN, 'all'],
  ] as const)("the offer's organisation picker for %s", async (email, expected) => {
    const where = await filterOptionsAs(email, 'offers', 'partner')
    if (expected === 'all') expect(where).toBe(true)
    if (expected === 'lot') expect(where).toEqual({ territories: { in: [demo.territories.lot] } })
    if (expected === 'partner') expect(where).toEqual({ id: { equals: demo.partners.mlLot } })
  })

  it('the territory pickers of offers, charters, questionnaires, partners and accounts give an animator their territories', async () => {
    const fields = [
      ['offers', 'territory'],
      ['charters', 'territories'],
      ['questionnaires', 'territory'],
      ['partners', 'territories'],
      ['users', 'territories'],
    ] as const
    for (const [collection, field] of fields) {
      expect(await filterOptionsAs(LOT_ANIMATOR, collection, field)).toEqual({ id: { in: [demo.territories.lot] } })
      expect(await filterOptionsAs(ADMIN, collection, field)).toBe(true)
    }
    expect(await filterOptionsAs(LOT_ANIMATOR, 'charters', 'partner')).toEqual({ territories: { in: [demo.territories.lot] } })
    expect(await filterOptionsAs(LOT_ANIMATOR, 'users', 'partner')).toEqual({ territories: { in: [demo.territories.lot] } })
  })

  it("the offer's theme picker lists the themes of the chosen territory", async () => {
    const lot = await context.payload.findByID({ collection: 'territories', id: demo.territories.lot, depth: 0, overrideAccess: true })
    const lotThemes = (lot.themes ?? []).map((row) => Number(row.theme))
    expect(lotThemes).not.toContain(demo.themes['mobilite-internationale'])
    expect(await filterOptionsAs(ML_LOT_PRO, 'offers', 'theme', { territory: demo.territories.lot })).toEqual({ id: { in: lotThemes } })
    expect(await filterOptionsAs(ML_LOT_PRO, 'offers', 'theme', {})).toBe(true)
  })

  it("the picker's query through the REST API lists only the animator's organisations", async () => {
    const token = await api.login(LOT_ANIMATOR, PASSWORD)
    const where = (await filterOptionsAs(LOT_ANIMATOR, 'offers', 'partner')) as Where
    const query = new URLSearchParams({ where: JSON.stringify(where), limit: '100', depth: '0' })
    const { status, json } = await api.get(`/partners?${query.toString().replace(/%5B/g, '[')}`, token)
    expect(status).toBe(200)
    const ids = (json.docs as { id: number; territories: number[] }[]).map((doc) => doc.id)
    expect(ids).toContain(demo.partners.mlLot)
    expect(ids).not.toContain(demo.partners.mlSicoval)
    expect(ids).not.toContain(demo.partners.crij)
  })

  it('saving a value outside the picker is refused (REST): an organisation of another territory, a theme the territory does not list', async () => {
    const animator = await api.login(LOT_ANIMATOR, PASSWORD)
    const base = {
      title: 'Offre hors périmètre',
      summary: 'Une offre pour vérifier les sélecteurs.',
      territory: demo.territories.lot,
      theme: demo.themes.emploi,
    }
    const otherPartner = await api.post('/offers', { ...base, partner: demo.partners.mlSicoval }, animator)
    expect(otherPartner.status).toBe(400)
    expect(JSON.stringify(otherPartner.json)).toContain('partner')

    const partner = await api.login(ML_LOT_PRO, PASSWORD)
    const otherTerritory = await api.post('/offers', { ...base, partner: demo.partners.mlLot, territory: demo.territories.montpellier }, partner)
    expect(otherTerritory.status).toBe(400)
    expect(JSON.stringify(otherTerritory.json)).toContain('territory')

    const admin = await api.login(ADMIN, PASSWORD)
    const theme = await api.post('/offers', { ...base, partner: demo.partners.mlLot, theme: demo.themes['mobilite-internationale'] }, admin)
    expect(theme.status).toBe(400)
    expect(JSON.stringify(theme.json)).toContain('theme')
    expect(await context.payload.count({ collection: 'offers', where: { title: { equals: base.title } }, overrideAccess: true })).toEqual({ totalDocs: 0 })
  })
})

describe('the list filter of an animator of several territories', () => {
  const LISTS = [
    ['offers', 'territory'],
    ['partners', 'territories'],
    ['charters', 'territories'],
    ['leads', 'territory'],
    ['searches', 'territory'],
    ['contact-accesses', 'territory'],
  ] as const

  async function baseFilterAs(email: string, collection: CollectionSlug, cookieTerritory?: number) {
    const { payload } = context
    const req = await requestAs(payload, email, cookieTerritory ? `${SELECTED_TERRITORY_COOKIE}=${cookieTerritory}` : undefined)
    const baseFilter = payload.collections[collection].config.admin.baseFilter
    if (!baseFilter) throw new Error(`${collection} sans baseFilter`)
    return { req, where: await baseFilter({ req, limit: 10, page: 1, sort: '-createdAt' }) }
  }

  it.each(LISTS)('%s: narrowed to the chosen territory for an animator of two', async (collection, field) => {
    expect((await baseFilterAs(TWO_TERRITORIES, collection, demo.territories.sicoval)).where).toEqual({ [field]: { in: [demo.territories.sicoval] } })
    // Without a choice, all their territories.
    expect((await baseFilterAs(TWO_TERRITORIES, collection)).where).toBeNull()
  })

  it.each(LISTS)('%s: never narrowed for an animator of one territory nor for an admin', async (collection, _field) => {
    expect((await baseFilterAs(LOT_ANIMATOR, collection, demo.territories.lot)).where).toBeNull()
    expect((await baseFilterAs(ADMIN, collection, demo.territories.lot)).where).toBeNull()
  })

  it('a territory they do not run is ignored, and access still applies under the filter', async () => {
    const { payload } = context
    expect((await baseFilterAs(TWO_TERRITORIES, 'offers', demo.territories.montpellier)).where).toBeNull()
    const { req, where } = await baseFilterAs(TWO_TERRITORIES, 'offers', demo.territories.sicoval)
    const listed = await payload.find({ collection: 'offers', where: where as Where, overrideAccess: false, user: req.user, depth: 0, pagination: false })
    expect(listed.docs.length).toBeGreaterThan(0)
    expect(new Set(listed.docs.map((offer) => Number(offer.territory)))).toEqual(new Set([demo.territories.sicoval]))
  })
})

describe('closing and deleting a territory', () => {
  let territory: number
  let partner: number
  let charter: number
  let published: number
  let draft: number
  let questionnaire: number
  let animator: number

  beforeAll(async () => {
    const { payload } = context
    const options = { overrideAccess: true, depth: 0 } as const
    territory = (
      await payload.create({
        collection: 'territories',
        data: {
          name: 'Territoire éphémère',
          slug: 'territoire-ephemere',
          status: 'ouvert',
          coverage: { communes: [demo.communes.figeac] },
          themes: [{ theme: demo.themes['mobilite-internationale'], status: 'ouvert' }],
        },
        ...options,
      })
    ).id
    partner = (
      await payload.create({
        collection: 'partners',
        data: { name: 'Organisme éphémère', siret: demoSiret('99887766', '0001'), type: 'association', territories: [territory] } as never,
        ...options,
      })
    ).id
    charter = (
      await payload.create({
        collection: 'charters',
        data: { partner, territories: [territory], status: 'signee', signatoryName: 'Camille Martin', signedAt: '2026-01-05T00:00:00.000Z' } as never,
        ...options,
      })
    ).id
    const offer = { summary: 'Une offre du territoire éphémère.', partner, territory, theme: demo.themes['mobilite-internationale'] }
    published = (await payload.create({ collection: 'offers', data: { ...offer, title: 'Offre publiée éphémère', status: 'publiee' } as never, ...options })).id
    draft = (await payload.create({ collection: 'offers', data: { ...offer, title: 'Brouillon éphémère', status: 'brouillon' } as never, ...options })).id
    const template = await payload.find({
      collection: 'questionnaires',
      where: { and: [{ theme: { equals: demo.themes['mobilite-internationale'] } }, { territory: { exists: false } }] },
      limit: 1,
      ...options,
    })
    const questions = JSON.parse(JSON.stringify(template.docs[0]?.questions ?? []), (key, value) => (key === 'id' ? undefined : value))
    questionnaire = (
      await payload.create({
        collection: 'questionnaires',
        data: { title: 'Questionnaire éphémère', theme: demo.themes['mobilite-internationale'], territory, questions },
        ...options,
      })
    ).id
    animator = (
      await payload.create({
        collection: 'users',
        data: {
          email: 'animateur.ephemere@boussole.test',
          password: PASSWORD,
          name: 'Animateur éphémère',
          role: 'animator',
          territories: [territory, demo.territories.lot],
        },
        ...options,
      })
    ).id
  })

  const exists = async (collection: CollectionSlug, id: number) =>
    (await context.payload.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

  it('closing archives the published offers and keeps everything else', async () => {
    const { payload } = context
    const admin = await api.login(ADMIN, PASSWORD)
    const closed = await api.patch(`/territories/${territory}`, { status: 'ferme' }, admin)
    expect(closed.status).toBe(200)
    const offers = await payload.find({ collection: 'offers', where: { territory: { equals: territory } }, overrideAccess: true, depth: 0, pagination: false })
    expect(Object.fromEntries(offers.docs.map((offer) => [offer.id, offer.status]))).toEqual({ [published]: 'archivee', [draft]: 'brouillon' })
    expect((await payload.findByID({ collection: 'charters', id: charter, overrideAccess: true, depth: 0 })).status).toBe('signee')
    expect(await exists('questionnaires', questionnaire)).toBe(true)
    expect((await payload.findByID({ collection: 'users', id: animator, overrideAccess: true, depth: 0 })).territories).toEqual([
      territory,
      demo.territories.lot,
    ])
    expect((await payload.findByID({ collection: 'partners', id: partner, overrideAccess: true, depth: 0 })).territories).toEqual([territory])
  })

  it('deleting removes its offers, charters and questionnaire, and takes it from animators and partners', async () => {
    const { payload } = context
    // A charter covering another territory too is kept, for that one only.
    const shared = await payload.create({
      collection: 'charters',
      data: { partner, territories: [territory, demo.territories.lot], status: 'resiliee', version: '2026-1' } as never,
      overrideAccess: true,
    })
    const admin = await api.login(ADMIN, PASSWORD)
    const deleted = await api.delete(`/territories/${territory}`, admin)
    expect(deleted.status).toBe(200)
    expect(await exists('territories', territory)).toBe(false)
    expect((await payload.findByID({ collection: 'charters', id: shared.id, overrideAccess: true, depth: 0 })).territories).toEqual([demo.territories.lot])
    for (const [collection, id] of [
      ['offers', published],
      ['offers', draft],
      ['charters', charter],
      ['questionnaires', questionnaire],
    ] as const) {
      expect([collection, id, await exists(collection, id)]).toEqual([collection, id, false])
    }
    // No territory questionnaire turned into a second national template.
    const templates = await payload.count({
      collection: 'questionnaires',
      where: { and: [{ theme: { equals: demo.themes['mobilite-internationale'] } }, { territory: { exists: false } }] },
      overrideAccess: true,
    })
    expect(templates.totalDocs).toBe(1)
    expect((await payload.findByID({ collection: 'users', id: animator, overrideAccess: true, depth: 0 })).territories).toEqual([demo.territories.lot])
    expect((await payload.findByID({ collection: 'partners', id: partner, overrideAccess: true, depth: 0 })).territories).toEqual([])
  })

  it('a territory that received requests cannot be deleted: nothing is removed', async () => {
    const { payload } = context
    const lead = await api.post('/boussole/leads', leadBody(await offerId(payload, CEJ), { contact: { email: 'tenancy@example.org' } }))
    expect(lead.status).toBe(201)
    const before = await payload.count({ collection: 'offers', where: { territory: { equals: demo.territories.lot } }, overrideAccess: true })
    const admin = await api.login(ADMIN, PASSWORD)
    const refused = await api.delete(`/territories/${demo.territories.lot}`, admin)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toContain('fermez le territoire plutôt que de le supprimer')
    expect(await exists('territories', demo.territories.lot)).toBe(true)
    expect(await payload.count({ collection: 'offers', where: { territory: { equals: demo.territories.lot } }, overrideAccess: true })).toEqual(before)
  })
})
