import type { Where } from 'payload'

import { poolOf } from '@/database/pool'
import { formatShortDate } from '@/domain/shared/frenchDates'
import { charterExpiryLimit, charterSituation, partnersWithoutPublishedOffer } from '@/domain/statistics/partnerNetwork'
import type { StatTable } from '@/domain/statistics/table'

import type { Viewer } from './loadRows'

/**
 * The state of a territory's partner network, for its animators: offers awaiting validation, charters
 * pending or expiring soon, organisations without any published offer. Read with the caller's access.
 */
export interface NetworkStatus {
  tables: Record<NetworkTableId, StatTable>
}

export const NETWORK_TABLE_IDS = ['offres-a-valider', 'chartes-a-suivre', 'organismes-sans-offre-publiee'] as const
export type NetworkTableId = (typeof NETWORK_TABLE_IDS)[number]

const nameOf = (value: unknown, field = 'name'): string =>
  typeof value === 'object' && value !== null ? String((value as Record<string, unknown>)[field] ?? '') : `#${value}`
const frenchDay = (iso: string | null | undefined) => (iso ? formatShortDate(iso) : '—')

/**
 * The organisations with at least one offer published in these territories (all when absent): their own
 * published offers, and the offers of other territories validated here. One SQL query: at national volume the
 * published offers are tens of thousands, and only their organisations matter. Published offers are public.
 */
async function partnersWithPublishedOffer(viewer: Viewer, territoryIds: number[] | undefined): Promise<number[]> {
  const inTerritories = territoryIds ? 'and territory_id = any($1::int[])' : ''
  const { rows } = await poolOf(viewer.payload).query<{ partner: number }>(
    `select partner_id as partner from offers where status = 'publiee' and partner_id is not null ${inTerritories}
     union
     select partner_id from offer_territories where status = 'validee' and partner_id is not null ${inTerritories}`,
    territoryIds ? [territoryIds] : [],
  )
  return rows.map((row) => Number(row.partner))
}

const NAMES_ONLY = { partners: { name: true }, territories: { name: true }, offers: { title: true } } as const

export async function loadNetworkStatus(viewer: Viewer, territoryIds: number[] | undefined, now: Date): Promise<NetworkStatus> {
  const scoped = {
    overrideAccess: false,
    disableErrors: true,
    user: viewer.user,
    ...(viewer.req ? { req: viewer.req } : {}),
    pagination: false as const,
  }
  const inTerritories = (field: string): Where[] => (territoryIds ? [{ [field]: { in: territoryIds.length ? territoryIds : [-1] } }] : [])
  const expiryLimit = charterExpiryLimit(now).toISOString()

  const [submitted, proposed, charters, partners, withPublishedOffer] = await Promise.all([
    viewer.payload.find({
      collection: 'offers',
      where: { and: [{ status: { equals: 'soumise' } }, ...inTerritories('territory')] },
      select: { title: true, partner: true, territory: true, updatedAt: true },
      depth: 1,
      // only the names of the documents pointed to (a territory holds its thousands of communes)
      populate: NAMES_ONLY,
      sort: 'updatedAt',
      ...scoped,
    }),
    // Offers of other territories proposed in these: each territory's animation validates them for itself.
    viewer.payload.find({
      collection: 'offer-territories',
      where: { and: [{ status: { equals: 'en_attente' } }, ...inTerritories('territory')] },
      select: { offer: true, partner: true, territory: true, createdAt: true },
      depth: 1,
      // only the names of the documents pointed to (a territory holds its thousands of communes)
      populate: NAMES_ONLY,
      sort: 'createdAt',
      ...scoped,
    }),
    viewer.payload.find({
      collection: 'charters',
      where: {
        and: [
          ...inTerritories('territories'),
          { or: [{ status: { equals: 'en_attente' } }, { and: [{ status: { equals: 'signee' } }, { expiresAt: { less_than: expiryLimit } }] }] },
        ],
      },
      select: { partner: true, territories: true, status: true, expiresAt: true },
      depth: 1,
      // only the names of the documents pointed to (a territory holds its thousands of communes)
      populate: NAMES_ONLY,
      sort: 'expiresAt',
      ...scoped,
    }),
    viewer.payload.find({
      collection: 'partners',
      where: { and: [...inTerritories('territories')] },
      select: { name: true },
      depth: 0,
      sort: 'name',
      ...scoped,
    }),
    partnersWithPublishedOffer(viewer, territoryIds),
  ])
  const withoutOffer = partnersWithoutPublishedOffer(partners.docs, withPublishedOffer)
  const names = (values: unknown) => (Array.isArray(values) ? values.map((value) => nameOf(value)).join(', ') : nameOf(values))

  return {
    tables: {
      'offres-a-valider': {
        id: 'offres-a-valider',
        title: 'Offres en attente de validation',
        columns: ['Offre', 'Organisme', 'Territoire', 'Soumise le'],
        rows: [
          ...submitted.docs.map((offer) => [offer.title, nameOf(offer.partner), nameOf(offer.territory), frenchDay(offer.updatedAt)]),
          ...proposed.docs.map((row) => [
            `${nameOf(row.offer, 'title')} (proposée aussi ici)`,
            nameOf(row.partner),
            nameOf(row.territory),
            frenchDay(row.createdAt),
          ]),
        ],
        links: [
          ...submitted.docs.map((offer) => `/admin/collections/offers/${offer.id}`),
          ...proposed.docs.map((row) => `/admin/collections/offer-territories/${row.id}`),
        ],
      },
      'chartes-a-suivre': {
        id: 'chartes-a-suivre',
        title: 'Chartes en attente de signature ou arrivant à échéance',
        columns: ['Organisme', 'Territoire', 'Situation', 'Échéance'],
        rows: charters.docs.map((charter) => [
          nameOf(charter.partner),
          names(charter.territories),
          charterSituation(charter, now),
          frenchDay(charter.expiresAt),
        ]),
        links: charters.docs.map((charter) => `/admin/collections/charters/${charter.id}`),
      },
      'organismes-sans-offre-publiee': {
        id: 'organismes-sans-offre-publiee',
        title: 'Organismes sans aucune offre publiée',
        columns: ['Organisme'],
        rows: withoutOffer.map((partner) => [partner.name]),
        links: withoutOffer.map((partner) => `/admin/collections/partners/${partner.id}`),
      },
    },
  }
}
