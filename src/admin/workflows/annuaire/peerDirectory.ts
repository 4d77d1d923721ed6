import type { Payload, Where } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { asUser, type Actor } from '@/database/transactions'
import { idsOf } from '@/domain/shared/ids'
import type { Offer, Partner, Territory, Theme } from '@/payload-types'

export interface DirectoryFilters {
  /** theme id or slug */
  theme?: string | null
  /** words searched in the organisation's name and presentation and in its offers' titles and summaries */
  q?: string | null
  territory?: number | null
}

export interface DirectoryEntry {
  partner: Pick<Partner, 'id' | 'name' | 'type' | 'description' | 'address' | 'website' | 'professionalContact' | 'publicEmail' | 'publicPhone'> & {
    communeLabel?: string | null
  }
  territories: Pick<Territory, 'id' | 'name'>[]
  offers: (Pick<Offer, 'id' | 'title' | 'summary' | 'contactDelayDays'> & { theme: Pick<Theme, 'id' | 'name' | 'slug'> | null })[]
}

export interface Directory {
  territories: Pick<Territory, 'id' | 'name'>[]
  themes: Pick<Theme, 'id' | 'name' | 'slug'>[]
  entries: DirectoryEntry[]
}

const words = (q?: string | null) =>
  (q ?? '')
    .trim()
    .split(/\s+/)
    .filter((word) => word.length >= 2)
    .slice(0, 5)

/**
 * « Annuaire des homologues »: the organisations of the person's territories (a partner: where its
 * organisation holds a signed charter; an animator: the territories they run), with their published offers
 * and professional contacts. Everything is read as the person, so field access hides what they may not see.
 */
export async function peerDirectory(payload: Payload, user: Actor, filters: DirectoryFilters = {}): Promise<Directory> {
  return asUser(payload, user, async (req) => {
    const perimeter = await getPerimeter(req)
    if (perimeter.kind === 'none') return { territories: [], themes: [], entries: [] }
    const as = { depth: 0, overrideAccess: false, req, pagination: false } as const

    const territoryWhere: Where = perimeter.kind === 'all' ? {} : { id: { in: perimeter.territoryIds } }
    const { docs: territories } = await payload.find({ collection: 'territories', where: territoryWhere, sort: 'name', ...as, select: { name: true } })
    const inScope = territories.map((territory) => territory.id).filter((id) => !filters.territory || id === filters.territory)
    const { docs: themes } = await payload.find({ collection: 'themes', sort: 'order', ...as, select: { name: true, slug: true } })
    if (!inScope.length) return { territories, themes, entries: [] }

    const theme = filters.theme ? themes.find((candidate) => String(candidate.id) === filters.theme || candidate.slug === filters.theme) : undefined
    const offerWhere: Where[] = [{ status: { equals: 'publiee' } }, { territory: { in: inScope } }]
    if (theme) offerWhere.push({ theme: { equals: theme.id } })
    const { docs: offers } = await payload.find({
      collection: 'offers',
      where: { and: offerWhere },
      sort: 'title',
      ...as,
      select: { title: true, summary: true, contactDelayDays: true, partner: true, theme: true },
    })

    const { docs: partners } = await payload.find({
      collection: 'partners',
      where: { territories: { in: inScope } },
      sort: 'name',
      ...as,
      depth: 1,
      populate: { communes: { label: true }, territories: { name: true } },
      select: {
        name: true,
        type: true,
        description: true,
        address: true,
        commune: true,
        website: true,
        territories: true,
        professionalContact: true,
        publicEmail: true,
        publicPhone: true,
      },
    })

    const terms = words(filters.q).map((word) => word.toLocaleLowerCase('fr'))
    const matches = (...texts: (string | null | undefined)[]) => {
      const haystack = texts.filter(Boolean).join(' ').toLocaleLowerCase('fr')
      return terms.every((term) => haystack.includes(term))
    }
    const themeById = new Map(themes.map((entry) => [entry.id, entry]))

    const entries: DirectoryEntry[] = []
    for (const partner of partners) {
      const own = offers.filter((offer) => idsOf([offer.partner])[0] === partner.id)
      if (theme && !own.length) continue
      const partnerMatches = matches(partner.name, partner.description)
      const shownOffers = terms.length && !partnerMatches ? own.filter((offer) => matches(offer.title, offer.summary)) : own
      if (terms.length && !partnerMatches && !shownOffers.length) continue
      const commune = partner.commune && typeof partner.commune === 'object' ? partner.commune : null
      entries.push({
        partner: {
          id: partner.id,
          name: partner.name,
          type: partner.type,
          description: partner.description,
          address: partner.address,
          website: partner.website,
          professionalContact: partner.professionalContact,
          publicEmail: partner.publicEmail,
          publicPhone: partner.publicPhone,
          communeLabel: commune?.label ?? null,
        },
        territories: (partner.territories ?? [])
          .filter((territory): territory is Territory => typeof territory === 'object' && territory !== null && inScope.includes(territory.id))
          .map(({ id, name }) => ({ id, name })),
        offers: shownOffers.map((offer) => ({
          id: offer.id,
          title: offer.title,
          summary: offer.summary,
          contactDelayDays: offer.contactDelayDays,
          theme: themeById.get(idsOf([offer.theme])[0]) ?? null,
        })),
      })
    }
    return { territories, themes, entries }
  })
}
