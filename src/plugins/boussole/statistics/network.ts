import type { Where } from 'payload'

import { formatShortDate } from '@/domain/shared/frenchDates'
import { idOf } from '@/domain/shared/ids'
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

  const [submitted, charters, partners, published] = await Promise.all([
    viewer.payload.find({
      collection: 'offers',
      where: { and: [{ status: { equals: 'soumise' } }, ...inTerritories('territory')] },
      select: { title: true, partner: true, territory: true, updatedAt: true },
      depth: 1,
      sort: 'updatedAt',
      ...scoped,
    }),
    viewer.payload.find({
      collection: 'charters',
      where: {
        and: [
          ...inTerritories('territory'),
          { or: [{ status: { equals: 'en_attente' } }, { and: [{ status: { equals: 'signee' } }, { expiresAt: { less_than: expiryLimit } }] }] },
        ],
      },
      select: { partner: true, territory: true, status: true, expiresAt: true },
      depth: 1,
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
    viewer.payload.find({
      collection: 'offers',
      where: { and: [{ status: { equals: 'publiee' } }, ...inTerritories('territory')] },
      select: { partner: true },
      depth: 0,
      ...scoped,
    }),
  ])
  const withoutOffer = partnersWithoutPublishedOffer(
    partners.docs,
    published.docs.map((offer) => idOf(offer.partner)),
  )

  return {
    tables: {
      'offres-a-valider': {
        id: 'offres-a-valider',
        title: 'Offres en attente de validation',
        columns: ['Offre', 'Organisme', 'Territoire', 'Soumise le'],
        rows: submitted.docs.map((offer) => [offer.title, nameOf(offer.partner), nameOf(offer.territory), frenchDay(offer.updatedAt)]),
        links: submitted.docs.map((offer) => `/admin/collections/offers/${offer.id}`),
      },
      'chartes-a-suivre': {
        id: 'chartes-a-suivre',
        title: 'Chartes en attente de signature ou arrivant à échéance',
        columns: ['Organisme', 'Territoire', 'Situation', 'Échéance'],
        rows: charters.docs.map((charter) => [
          nameOf(charter.partner),
          nameOf(charter.territory),
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
