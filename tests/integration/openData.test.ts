import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { validOnWhere } from '../../src/domain/offers/validity'
import { validateDataInclusionService, validateDataInclusionStructure, THEMATIQUES } from '../../src/plugins/boussole/openData/schema'
import { apiClient } from '../helpers/api'
import { useTestPayload } from '../helpers/payload'

const context = useTestPayload()
const api = () => apiClient(context.payload)

const ALL = '?size=500'
const LOT = '46'
const SICOVAL = '243100633'
const MONTPELLIER = '243400017'

async function allServices() {
  const { status, json, headers } = await api().get(`/boussole/open-data/services${ALL}`)
  expect(status).toBe(200)
  return { items: json.items as Record<string, any>[], total: json.total as number, headers }
}

async function allStructures() {
  const { status, json } = await api().get(`/boussole/open-data/structures${ALL}`)
  expect(status).toBe(200)
  return { items: json.items as Record<string, any>[], total: json.total as number }
}

/** Offers that must be published: status publiee, in an open territory, valid today. */
async function expectedOfferIds(payload: Payload): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'offers',
    // Valid today: the one rule (its cases: tests/unit/offerValidity.test.ts).
    where: { and: [{ status: { equals: 'publiee' } }, { 'territory.status': { equals: 'ouvert' } }, validOnWhere(new Date())] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => doc.id).sort((a, b) => a - b)
}

describe('GET /api/boussole/open-data/services', () => {
  it('publishes every published offer, and no other', async () => {
    const { items, total, headers } = await allServices()
    const expected = await expectedOfferIds(context.payload)
    expect(expected.length).toBeGreaterThan(10)
    expect(items.map((item) => Number(item.id)).sort((a, b) => a - b)).toEqual(expected)
    expect(total).toBe(expected.length)
    expect(headers.get('cache-control')).toMatch(/public, max-age=\d+/)

    const { docs: unpublished } = await context.payload.find({
      collection: 'offers',
      where: { status: { not_equals: 'publiee' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(unpublished.length).toBeGreaterThan(0)
    const published = new Set(items.map((item) => item.id))
    for (const offer of unpublished) expect(published.has(String(offer.id))).toBe(false)
  })

  it('follows the offer’s life: published → listed, archived → gone', async () => {
    const { docs } = await context.payload.find({
      collection: 'offers',
      where: { status: { equals: 'publiee' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const offer = docs[0]
    await context.payload.update({ collection: 'offers', id: offer.id, data: { status: 'archivee' }, overrideAccess: true })
    try {
      expect((await allServices()).items.map((item) => item.id)).not.toContain(String(offer.id))
    } finally {
      await context.payload.update({ collection: 'offers', id: offer.id, data: { status: 'publiee' }, overrideAccess: true })
    }
    expect((await allServices()).items.map((item) => item.id)).toContain(String(offer.id))
  })

  it('validates every service against the data·inclusion v1 field rules and enumerations', async () => {
    const { items } = await allServices()
    for (const item of items) {
      expect({ id: item.id, errors: validateDataInclusionService(item) }).toEqual({ id: item.id, errors: [] })
      expect(item.source).toBe('boussole')
      expect(item.publics).toContain('jeunes')
      expect(item.thematiques.length).toBeGreaterThan(0)
      for (const thematique of item.thematiques) expect(THEMATIQUES).toContain(thematique)
      expect(item.zone_eligibilite.length).toBeGreaterThan(0)
      expect(item.modes_mobilisation).toContain('utiliser-lien-mobilisation')
      expect(item.lien_mobilisation).toMatch(new RegExp(`/offre/${item.id}$`))
      expect(item.date_maj).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (item.telephone !== null) expect(item.telephone).toMatch(/^\+33[1-9]\d{8}$/)
    }
  })

  it('maps themes to thématiques and coverage to compact zones', async () => {
    const { items } = await allServices()
    const byTitle = (title: string, zone?: string) => items.filter((item) => item.nom === title && (!zone || item.zone_eligibilite.includes(zone)))
    const cej = byTitle('Contrat d’engagement jeune (CEJ)', LOT)[0]
    expect(cej.zone_eligibilite).toEqual([LOT])
    expect(cej.thematiques.every((value: string) => /^(trouver-un-emploi|preparer-sa-candidature)--/.test(value))).toBe(true)
    expect(cej.publics).toEqual(['jeunes', 'demandeurs-emploi'])
    expect(cej.conditions_acces).toContain('16–25 ans')

    const zones = new Set(items.map((item) => item.zone_eligibilite.join(',')))
    expect(zones).toContain(SICOVAL)
    expect(zones).toContain(MONTPELLIER)
    // An offer for a few communes of the Grand-Figeac: INSEE codes (the EPCI is not whole).
    const figeac = byTitle('Déclic : 8 semaines pour rebondir')[0]
    expect(figeac.zone_eligibilite).toEqual(expect.arrayContaining(['46102', '46055']))
    expect(figeac.zone_eligibilite.every((code: string) => /^46\d{3}$/.test(code))).toBe(true)

    const logement = items.filter((item) => item.thematiques.some((value: string) => value.startsWith('logement-hebergement--')))
    expect(logement.length).toBeGreaterThan(0)
  })

  it('publishes contacts only when the organisation made them public', async () => {
    const { items } = await allServices()
    const { docs: partners } = await context.payload.find({ collection: 'partners', pagination: false, depth: 0, overrideAccess: true })
    const partnerById = new Map(partners.map((partner) => [String(partner.id), partner]))
    let checkedPrivate = 0
    for (const item of items) {
      const partner = partnerById.get(item.structure_id)!
      if (!partner.contactsPublic) {
        checkedPrivate++
        expect(item.telephone).toBeNull()
        expect(item.courriel).toBeNull()
      } else {
        expect(item.courriel).toBe(partner.publicEmail ?? null)
      }
    }
    expect(checkedPrivate).toBeGreaterThan(0)
  })

  it('contains no personal data: no professional contact, no notification address, no account', async () => {
    const { items } = await allServices()
    const text = JSON.stringify(items)
    const [partners, users, offers] = await Promise.all([
      context.payload.find({ collection: 'partners', pagination: false, depth: 0, overrideAccess: true }),
      context.payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true }),
      context.payload.find({ collection: 'offers', pagination: false, depth: 0, overrideAccess: true }),
    ])
    const publicEmails = new Set(partners.docs.filter((partner) => partner.contactsPublic).map((partner) => partner.publicEmail))
    const secrets = [
      ...partners.docs.flatMap((partner) => [partner.professionalContact?.email, partner.professionalContact?.name, partner.professionalContact?.phone]),
      ...partners.docs.filter((partner) => !partner.contactsPublic).flatMap((partner) => [partner.publicEmail, partner.publicPhone]),
      ...users.docs.flatMap((user) => [user.email, user.name, user.phone]),
      ...offers.docs.flatMap((offer) => (offer.notificationEmails ?? []).map((row) => row.email)).filter((email) => !publicEmails.has(email)),
    ].filter((value): value is string => Boolean(value))
    expect(secrets.length).toBeGreaterThan(20)
    for (const secret of secrets) expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false })
    for (const item of items) {
      expect(item.contact_nom_prenom).toBeNull()
      expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['professionalContact']))
    }
  })

  it('paginates with page and size', async () => {
    const { total } = await allServices()
    const first = await api().get('/boussole/open-data/services?page=1&size=5')
    const second = await api().get('/boussole/open-data/services?page=2&size=5')
    expect(first.json).toEqual(expect.objectContaining({ page: 1, size: 5, total, pages: Math.ceil(total / 5) }))
    expect(first.json.items).toHaveLength(5)
    expect(second.json.items).toHaveLength(5)
    const ids = [...first.json.items, ...second.json.items].map((item: { id: string }) => item.id)
    expect(new Set(ids).size).toBe(10)
    const beyond = await api().get(`/boussole/open-data/services?page=${Math.ceil(total / 5) + 1}&size=5`)
    expect(beyond.status).toBe(200)
    expect(beyond.json.items).toEqual([])
  })

  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['size=0', 'size'],
    ['size=501', 'size'],
    ['size=1.5', 'size'],
  ])('refuses %s with a 400 naming the parameter', async (query, field) => {
    const { status, json } = await api().get(`/boussole/open-data/services?${query}`)
    expect(status).toBe(400)
    expect(json.errors[0]).toEqual({ field, message: expect.any(String) })
  })
})

describe('GET /api/boussole/open-data/structures', () => {
  it('lists the network’s organisations, valid against the data·inclusion v1 rules', async () => {
    const { items, total } = await allStructures()
    expect(total).toBe(items.length)
    for (const item of items) expect({ id: item.id, errors: validateDataInclusionStructure(item) }).toEqual({ id: item.id, errors: [] })

    const byName = new Map(items.map((item) => [item.nom, item]))
    expect(byName.get('Mission Locale du Lot')).toEqual(
      expect.objectContaining({
        reseaux_porteurs: ['mission-locale'],
        code_insee: '46042',
        code_postal: '46000',
        telephone: '+33536491010',
        siret: expect.stringMatching(/^\d{14}$/),
      }),
    )
    expect(byName.get('Point Information Jeunesse de Cahors')?.reseaux_porteurs).toEqual(['reseau-information-jeunesse'])
    expect(byName.get('Habitat Jeunes du Lot')?.reseaux_porteurs).toEqual(['residences-fjt'])
    // Charter still awaiting signature, no published offer: not (yet) part of the published network.
    expect(byName.has('Point Information Jeunesse de Souillac')).toBe(false)
  })

  it('lists the structure of every published service', async () => {
    const [services, structures] = await Promise.all([allServices(), allStructures()])
    const ids = new Set(structures.items.map((item) => item.id))
    for (const service of services.items) expect(ids.has(service.structure_id)).toBe(true)
  })

  it('keeps private contacts and professional contacts out', async () => {
    const { items } = await allStructures()
    const { docs: partners } = await context.payload.find({ collection: 'partners', pagination: false, depth: 0, overrideAccess: true })
    const text = JSON.stringify(items)
    for (const partner of partners) {
      for (const value of [partner.professionalContact?.email, partner.professionalContact?.name, partner.professionalContact?.phone]) {
        if (value) expect(text.includes(value)).toBe(false)
      }
      const item = items.find((candidate) => candidate.id === String(partner.id))
      if (item && !partner.contactsPublic) expect([item.telephone, item.courriel]).toEqual([null, null])
    }
  })

  it('paginates', async () => {
    const { json } = await api().get('/boussole/open-data/structures?page=2&size=3')
    expect(json).toEqual(expect.objectContaining({ page: 2, size: 3, pages: Math.ceil(json.total / 3) }))
    expect(json.items).toHaveLength(3)
  })
})
