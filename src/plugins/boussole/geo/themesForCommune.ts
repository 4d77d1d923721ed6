import type { Payload } from 'payload'

import { idsOf } from '@/domain/shared/ids'
import { themeTiles, type ThemeTile } from '@/domain/territories/themeTiles'
import type { Commune, Partner, Territory, Theme } from '@/payload-types'

import { catalogueFor, type PreviewScope } from '../catalogue/catalogue'
import type { Catalogue } from '../catalogue/types'
import { findCommune } from './findCommune'

export type ThemeAvailability = 'ouvert' | 'bientot' | 'non_couvert'

export interface CommuneTheme {
  slug: string
  name: string
  description: string
  icon: string | null
  status: ThemeAvailability
  territory: { slug: string; name: string } | null
  questionnaireId: number | null
  /** The tile name the opening territory groups this theme under (« Emploi-Formation »), or null. */
  tile: string | null
}

export interface InfoJeunesStructure {
  name: string
  address: string | null
  commune: string | null
  phone: string | null
  email: string | null
  website: string | null
}

export interface CommuneThemes {
  commune: { code: string; name: string; postalCodes: string[]; departement: string | null }
  territory: { slug: string; name: string } | null
  themes: CommuneTheme[]
  /** The open themes as the territory presents them: one tile per theme, or several themes on one tile. */
  tiles: ThemeTile<CommuneTheme>[]
  /** Outside every open territory: where to turn instead (never a dead end). */
  fallback: { infoJeunes: InfoJeunesStructure[]; openTerritories: { slug: string; name: string }[] } | null
}

/**
 * For a commune: each national theme, opened (with its questionnaire), coming soon, or not covered here;
 * plus, outside every open territory, the nearest Info Jeunes structures and the open territories.
 */
export async function themesForCommune(payload: Payload, code: unknown, options: { preview?: PreviewScope | null } = {}): Promise<CommuneThemes> {
  const preview = options.preview ?? null
  const commune = await findCommune(payload, code)
  const [themes, territories] = await Promise.all([
    payload.find({ collection: 'themes', sort: 'order', pagination: false, depth: 0 }),
    payload.find({
      collection: 'territories',
      where: {
        and: [
          preview ? { or: [{ status: { equals: 'ouvert' } }, { id: { equals: preview.territoryId } }] } : { status: { equals: 'ouvert' } },
          { coveredCommunes: { contains: commune.id } },
        ],
      },
      sort: 'openedAt',
      pagination: false,
      depth: 0,
      select: { name: true, slug: true, themes: true },
    }),
  ])

  const reference = await catalogueFor(payload, preview)
  // A previewed territory comes first, as if it were the one opened first.
  const covering = [...territories.docs].sort((a, b) => Number(b.id === preview?.territoryId) - Number(a.id === preview?.territoryId))
  const rows = themes.docs.map((theme) => availability(reference, theme, covering))
  const territory = covering[0] ?? null
  return {
    commune: summary(commune),
    territory: territory ? { slug: territory.slug!, name: territory.name } : null,
    themes: rows,
    tiles: themeTiles(rows),
    fallback: territory ? null : await fallbackFor(payload, commune),
  }
}

type TerritoryThemes = Pick<Territory, 'id' | 'name' | 'slug' | 'themes'>

function availability(reference: Catalogue, theme: Theme, territories: TerritoryThemes[]): CommuneTheme {
  const base = { slug: theme.slug!, name: theme.name, description: theme.description, icon: theme.icon ?? null, tile: null }
  const rowIn = (territory: TerritoryThemes) => territory.themes?.find((row) => idsOf([row.theme])[0] === theme.id)
  const statusIn = (territory: TerritoryThemes) => rowIn(territory)?.status
  const open = theme.status === 'disponible' ? territories.find((territory) => statusIn(territory) === 'ouvert') : undefined
  if (open) {
    const questionnaire = reference.questionnaireFor(theme.id, open.id)
    if (questionnaire) {
      const tile = rowIn(open)?.tile?.trim() || null
      return { ...base, status: 'ouvert', territory: { slug: open.slug!, name: open.name }, questionnaireId: questionnaire.id, tile }
    }
  }
  const soon = territories.find((territory) => statusIn(territory)) ?? (theme.status === 'bientot' ? territories[0] : undefined)
  if (soon) return { ...base, status: 'bientot', territory: { slug: soon.slug!, name: soon.name }, questionnaireId: null }
  return { ...base, status: 'non_couvert', territory: null, questionnaireId: null }
}

function summary(commune: Commune): CommuneThemes['commune'] {
  const departement = typeof commune.departement === 'object' && commune.departement ? (commune.departement.label ?? null) : null
  return { code: commune.code, name: commune.name, postalCodes: commune.postalCodes ?? [], departement }
}

async function fallbackFor(payload: Payload, commune: Commune): Promise<NonNullable<CommuneThemes['fallback']>> {
  const departementId = idsOf([commune.departement])[0]
  const [infoJeunes, openTerritories] = await Promise.all([
    infoJeunesOfDepartement(payload, departementId),
    payload.find({
      collection: 'territories',
      where: { status: { equals: 'ouvert' } },
      sort: 'name',
      pagination: false,
      depth: 0,
      select: { name: true, slug: true },
    }),
  ])
  return {
    infoJeunes,
    openTerritories: openTerritories.docs.map((territory) => ({ slug: territory.slug!, name: territory.name })),
  }
}

/** The Info Jeunes structures of a département (at most three), with only the contacts they chose to publish. */
export async function infoJeunesOfDepartement(payload: Payload, departementId: number | undefined): Promise<InfoJeunesStructure[]> {
  const { docs } = await payload.find({
    collection: 'partners',
    where: { and: [{ type: { equals: 'info-jeunes' } }, ...(departementId ? [{ 'commune.departement': { equals: departementId } }] : [])] },
    limit: 3,
    depth: 1,
    sort: 'name',
    // As the public sees it: contacts only where the organisation chose to publish them.
    overrideAccess: false,
  })
  return docs.map(toStructure)
}

/** A partner as the public sees it: name, address and the contacts it chose to publish. */
export const toStructure = (partner: Pick<Partner, 'name' | 'address' | 'commune' | 'publicPhone' | 'publicEmail' | 'website'>): InfoJeunesStructure => ({
  name: partner.name,
  address: partner.address ?? null,
  commune: typeof partner.commune === 'object' && partner.commune ? partner.commune.name : null,
  phone: partner.publicPhone ?? null,
  email: partner.publicEmail ?? null,
  website: partner.website ?? null,
})
