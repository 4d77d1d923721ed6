import type { Payload, Where } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { rulesOf } from '@/domain/matching/rulesOf'
import { validOnWhere } from '@/domain/offers/validity'
import { idsOf } from '@/domain/shared/ids'
import type { Commune } from '@/payload-types'

import { catalogue } from '../catalogue/catalogue'
import { getSettings, now } from '../core/options'
import { toDataInclusionService, type PlaceFields } from './mapService'
import { toDataInclusionStructure } from './mapStructure'
import type { DataInclusionService, DataInclusionStructure } from './schema'
import { compactZone, type CommuneCodes, type CommuneTotals } from './zone'

export interface PageRequest {
  page: number
  size: number
}

export interface OpenDataPage<T> {
  items: T[]
  total: number
  page: number
  size: number
  pages: number
}

/**
 * Everything here reads as an anonymous visitor (`overrideAccess: false`, no user): the collections' own
 * public access rules and field rules (public contacts only) apply, on top of the filters below.
 */
const asPublic = { overrideAccess: false, depth: 0 } as const

const emptyPage = <T>({ page, size }: PageRequest): OpenDataPage<T> => ({ items: [], total: 0, page, size, pages: 0 })

async function openTerritoryIds(payload: Payload): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'territories',
    where: { status: { equals: 'ouvert' } },
    pagination: false,
    select: { slug: true },
    ...asPublic,
  })
  return docs.map((doc) => doc.id)
}

/** Published offers of open territories, valid today. */
function publishedOffersWhere(territoryIds: number[], today: Date): Where {
  return { and: [{ status: { equals: 'publiee' } }, { territory: { in: territoryIds } }, validOnWhere(today)] }
}

type CommuneRow = Pick<Commune, 'id' | 'code' | 'name' | 'postalCodes' | 'departement' | 'epci'>
type LoadedCommune = CommuneRow & { codes: CommuneCodes }

/** Communes by id, with the codes of their département and EPCI. */
async function loadCommunes(payload: Payload, ids: number[]): Promise<Map<number, LoadedCommune>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const { docs } = await payload.find({
    collection: 'communes',
    where: { id: { in: unique } },
    pagination: false,
    select: { code: true, name: true, postalCodes: true, departement: true, epci: true },
    ...asPublic,
  })
  const codes = await geographyCodes(payload, docs)
  return new Map(docs.map((doc) => [doc.id, { ...doc, codes: codes(doc) }]))
}

/** Resolves the département and EPCI ids of communes into their codes. */
async function geographyCodes(payload: Payload, communes: Pick<Commune, 'code' | 'departement' | 'epci'>[]) {
  const departementIds = [...new Set(idsOf(communes.map((commune) => commune.departement)))]
  const epciIds = [...new Set(idsOf(communes.map((commune) => commune.epci)))]
  const [departements, epcis] = await Promise.all([
    departementIds.length
      ? payload.find({ collection: 'departements', where: { id: { in: departementIds } }, pagination: false, select: { code: true }, ...asPublic })
      : { docs: [] },
    epciIds.length
      ? payload.find({ collection: 'epcis', where: { id: { in: epciIds } }, pagination: false, select: { code: true }, ...asPublic })
      : { docs: [] },
  ])
  const departementCode = new Map(departements.docs.map((doc) => [doc.id, doc.code]))
  const epciCode = new Map(epcis.docs.map((doc) => [doc.id, doc.code]))
  return (commune: Pick<Commune, 'code' | 'departement' | 'epci'>): CommuneCodes => ({
    code: commune.code,
    departement: departementCode.get(idsOf([commune.departement])[0]) ?? null,
    epci: epciCode.get(idsOf([commune.epci])[0]) ?? null,
  })
}

/** How many communes each département and EPCI of the given communes has (for « whole département / EPCI »). */
async function loadTotals(payload: Payload, communes: LoadedCommune[]): Promise<CommuneTotals> {
  const countBy = async (field: 'departement' | 'epci', pairs: [number | undefined, string | null][]) => {
    const unique = new Map(pairs.filter((pair): pair is [number, string] => pair[0] !== undefined && pair[1] !== null))
    const counts = await Promise.all(
      [...unique].map(async ([id, code]) => [code, (await payload.count({ collection: 'communes', where: { [field]: { equals: id } } })).totalDocs] as const),
    )
    return new Map(counts)
  }
  const [departements, epcis] = await Promise.all([
    countBy(
      'departement',
      communes.map((commune) => [idsOf([commune.departement])[0], commune.codes.departement]),
    ),
    countBy(
      'epci',
      communes.map((commune) => [idsOf([commune.epci])[0], commune.codes.epci]),
    ),
  ])
  return { departements, epcis }
}

const placeOf = (address: string | null | undefined, commune: LoadedCommune | undefined): PlaceFields | null =>
  address || commune
    ? { adresse: address?.trim() || null, commune: commune?.name ?? null, code_insee: commune?.code ?? null, code_postal: commune?.postalCodes?.[0] ?? null }
    : null

const siteUrl = (payload: Payload): string => (getSettings(payload).publicUrl ?? publicUrl()).replace(/\/+$/, '')

/** A page of the data·inclusion services: the published offers of the open territories, valid today. */
export async function loadServices(payload: Payload, request: PageRequest): Promise<OpenDataPage<DataInclusionService>> {
  const territoryIds = await openTerritoryIds(payload)
  if (!territoryIds.length) return emptyPage(request)
  const offers = await payload.find({
    collection: 'offers',
    where: publishedOffersWhere(territoryIds, now(payload)),
    page: request.page,
    limit: request.size,
    sort: 'id',
    select: {
      title: true,
      summary: true,
      description: true,
      benefits: true,
      partner: true,
      territory: true,
      theme: true,
      subTheme: true,
      contactDelayDays: true,
      location: true,
      coverage: true,
      // Nested select: with `rules: true`, Payload 3.90 drops the hasMany `values` inside the array.
      rules: { criterion: true, values: true, min: true, max: true, anyOf: { criterion: true, values: true, min: true, max: true } },
      updatedAt: true,
    },
    ...asPublic,
  })
  const docs = offers.docs
  const partnerIds = [...new Set(idsOf(docs.map((offer) => offer.partner)))]
  const offerTerritoryIds = [...new Set(idsOf(docs.map((offer) => offer.territory)))]

  const [partners, territories, themes] = await Promise.all([
    partnerIds.length
      ? payload.find({
          collection: 'partners',
          where: { id: { in: partnerIds } },
          pagination: false,
          joins: false,
          select: { name: true, address: true, commune: true, contactsPublic: true, publicPhone: true, publicEmail: true },
          ...asPublic,
        })
      : { docs: [] },
    offerTerritoryIds.length
      ? payload.find({ collection: 'territories', where: { id: { in: offerTerritoryIds } }, pagination: false, select: { coveredCommunes: true }, ...asPublic })
      : { docs: [] },
    payload.find({ collection: 'themes', pagination: false, select: { slug: true }, ...asPublic }),
  ])
  const partnerById = new Map(partners.docs.map((partner) => [partner.id, partner]))
  const coveredByTerritory = new Map(territories.docs.map((territory) => [territory.id, idsOf(territory.coveredCommunes)]))
  const themeSlug = new Map(themes.docs.map((theme) => [theme.id, theme.slug]))

  const zoneIds = (offer: (typeof docs)[number]): number[] =>
    offer.coverage?.mode === 'communes' ? idsOf(offer.coverage.communes) : (coveredByTerritory.get(idsOf([offer.territory])[0]) ?? [])
  const communes = await loadCommunes(payload, [
    ...docs.flatMap(zoneIds),
    ...idsOf(docs.map((offer) => offer.location?.commune)),
    ...idsOf(partners.docs.map((partner) => partner.commune)),
  ])
  const totals = await loadTotals(payload, [...communes.values()])

  const reference = await catalogue.get(payload)
  const questionsFor = (themeId: number, territoryId: number) => reference.questionnaireFor(themeId, territoryId)?.questions ?? []
  const url = siteUrl(payload)

  const items = await Promise.all(
    docs.map(async (offer) => {
      const [partnerId] = idsOf([offer.partner])
      const [themeId] = idsOf([offer.theme])
      const [territoryId] = idsOf([offer.territory])
      const partner = partnerById.get(partnerId)
      const covered = zoneIds(offer).flatMap((id) => communes.get(id)?.codes ?? [])
      const offerPlace = placeOf(offer.location?.address, communes.get(idsOf([offer.location?.commune])[0]))
      const partnerPlace = partner ? placeOf(partner.address, communes.get(idsOf([partner.commune])[0])) : null
      return toDataInclusionService({
        offer: {
          id: offer.id,
          title: offer.title,
          summary: offer.summary,
          description: offer.description,
          benefits: offer.benefits,
          subTheme: offer.subTheme,
          contactDelayDays: offer.contactDelayDays,
          remote: offer.location?.remote === true,
          rules: rulesOf(offer),
          updatedAt: offer.updatedAt,
        },
        themeSlug: themeSlug.get(themeId) ?? null,
        partner: {
          id: partnerId,
          name: partner?.name ?? '',
          contactsPublic: partner?.contactsPublic === true,
          publicPhone: partner?.publicPhone,
          publicEmail: partner?.publicEmail,
        },
        place: offerPlace ?? partnerPlace,
        zone: compactZone(covered, totals),
        questions: questionsFor(themeId, territoryId),
        siteUrl: url,
      })
    }),
  )
  return { items, total: offers.totalDocs, page: request.page, size: request.size, pages: offers.totalPages }
}

/**
 * A page of the data·inclusion structures: the organisations that hold a signed charter in an open
 * territory, or that have a published offer there (so every service's structure is listed).
 */
export async function loadStructures(payload: Payload, request: PageRequest): Promise<OpenDataPage<DataInclusionStructure>> {
  const territoryIds = await openTerritoryIds(payload)
  if (!territoryIds.length) return emptyPage(request)
  const [charters, offers] = await Promise.all([
    // Charters are not public; only which organisation signed is used (no signatory, no document).
    payload.find({
      collection: 'charters',
      where: { and: [{ status: { equals: 'signee' } }, { territories: { in: territoryIds } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { partner: true },
    }),
    payload.find({ collection: 'offers', where: publishedOffersWhere(territoryIds, now(payload)), pagination: false, select: { partner: true }, ...asPublic }),
  ])
  const partnerIds = [...new Set([...idsOf(charters.docs.map((charter) => charter.partner)), ...idsOf(offers.docs.map((offer) => offer.partner))])]
  if (!partnerIds.length) return emptyPage(request)

  const partners = await payload.find({
    collection: 'partners',
    where: { id: { in: partnerIds } },
    page: request.page,
    limit: request.size,
    sort: 'id',
    joins: false,
    select: {
      name: true,
      siret: true,
      type: true,
      description: true,
      address: true,
      commune: true,
      contactsPublic: true,
      publicPhone: true,
      publicEmail: true,
      website: true,
      updatedAt: true,
    },
    ...asPublic,
  })
  const communes = await loadCommunes(payload, idsOf(partners.docs.map((partner) => partner.commune)))
  const items = partners.docs.map((partner) =>
    toDataInclusionStructure({ partner, place: placeOf(partner.address, communes.get(idsOf([partner.commune])[0])) }),
  )
  return { items, total: partners.totalDocs, page: request.page, size: request.size, pages: partners.totalPages }
}
