import { cache } from 'react'

import type { Partner, Territory, Theme } from '@/payload-types'

import { payloadClient } from './payload'

export interface TerritoryTheme {
  name: string
  slug: string
  status: 'ouvert' | 'bientot'
}

export interface PublicTerritory {
  id: number
  name: string
  slug: string
  description: string | null
  openedAt: string | null
  communeCount: number
  themes: TerritoryTheme[]
  contact: Territory['contact']
}

/** A theme open in a territory is only open to young people when the theme itself is available nationally. */
function themesOf(territory: Territory): TerritoryTheme[] {
  return (territory.themes ?? [])
    .flatMap((row) => {
      const theme = typeof row.theme === 'object' ? (row.theme as Theme) : null
      if (!theme?.slug) return []
      const status: TerritoryTheme['status'] = row.status === 'ouvert' && theme.status === 'disponible' ? 'ouvert' : 'bientot'
      return [{ name: theme.name, slug: theme.slug, status, order: theme.order ?? 0 }]
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...theme }) => theme)
}

const toPublic = (territory: Territory): PublicTerritory => ({
  id: territory.id,
  name: territory.name,
  slug: territory.slug!,
  description: territory.description ?? null,
  openedAt: territory.openedAt ?? null,
  communeCount: territory.communeCount ?? 0,
  themes: themesOf(territory),
  contact: territory.contact,
})

const SELECT = { name: true, slug: true, description: true, openedAt: true, communeCount: true, themes: true, contact: true } as const

/** Open territories, as the public sees them (anonymous access: only `ouvert` ones). */
export const openTerritories = cache(async (): Promise<PublicTerritory[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'territories',
    where: { status: { equals: 'ouvert' } },
    sort: 'name',
    pagination: false,
    depth: 1,
    overrideAccess: false,
    select: SELECT,
    populate: { themes: { name: true, slug: true, status: true, order: true } },
  })
  return (docs as Territory[]).map(toPublic)
})

/** One open territory with the partner organisations of its network (public fields only). */
export const territoryWithPartners = cache(async (slug: string) => {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'territories',
    where: { and: [{ slug: { equals: slug } }, { status: { equals: 'ouvert' } }] },
    limit: 1,
    depth: 1,
    overrideAccess: false,
    select: SELECT,
    populate: { themes: { name: true, slug: true, status: true, order: true } },
  })
  const territory = docs[0] as Territory | undefined
  if (!territory) return null
  const partners = await payload.find({
    collection: 'partners',
    where: { territories: { contains: territory.id } },
    sort: 'name',
    pagination: false,
    depth: 1,
    overrideAccess: false,
    select: {
      name: true,
      type: true,
      description: true,
      address: true,
      commune: true,
      website: true,
      contactsPublic: true,
      publicPhone: true,
      publicEmail: true,
    },
    populate: { communes: { name: true } },
  })
  return { territory: toPublic(territory), partners: partners.docs as Partner[] }
})
