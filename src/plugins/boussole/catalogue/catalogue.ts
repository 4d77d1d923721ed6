import type { Payload } from 'payload'

import { applicableQuestionnaire } from '@/domain/questionnaire/applicableQuestionnaire'
import { toQuestions } from '@/domain/questionnaire/toQuestions'
import type { Question } from '@/domain/questionnaire/types'
import { idsOf } from '@/domain/shared/ids'
import type { Theme } from '@/payload-types'

import { revalidatingCache } from '../cache/revalidatingCache'
import { tableStamp } from '../cache/tableStamp'
import { loadOffers, publishedOfferThemes } from './loadOffers'
import type { Catalogue, CatalogueOffer, CatalogueTerritory, TerritoryRef } from './types'

/** The collections the catalogue is built from: a change to any of them rebuilds it. */
export const CATALOGUE_COLLECTIONS = ['themes', 'territories', 'questionnaires', 'partners', 'charters', 'offers', 'offer-territories'] as const

/**
 * Themes, open territories (with the communes they cover), questionnaires and published offers, kept in
 * memory so that matching, the commune search and the lead intake do not query them at every request.
 * Offers are loaded per territory and theme on first use; the theme of every published offer is known
 * from the start (a lead names only its offer). Rebuilt after any change (see `revalidatingCache`).
 */
export const catalogue = revalidatingCache<Catalogue>({
  // Tables are named after the slugs, in snake case (`offer-territories` → `offer_territories`).
  stamp: (payload) =>
    tableStamp(
      payload,
      CATALOGUE_COLLECTIONS.map((slug) => slug.replaceAll('-', '_')),
    ),
  load: (payload) => loadCatalogue(payload),
})

/** A territory walked before it opens (« Voir comme un jeune »): its staff see it as if it were open. */
export interface PreviewScope {
  territoryId: number
}

/**
 * The catalogue a page reads: the shared one, or for a preview one built for this request only, where the previewed
 * territory counts as open and comes first (never stored: the shared catalogue never holds a territory not open).
 */
export const catalogueFor = (payload: Payload, preview?: PreviewScope | null): Promise<Catalogue> =>
  preview ? loadCatalogue(payload, preview.territoryId) : catalogue.get(payload)

async function loadCatalogue(payload: Payload, previewTerritoryId?: number): Promise<Catalogue> {
  const [themes, territories, questionnaires, partners, publishedThemes] = await Promise.all([
    payload.find({ collection: 'themes', depth: 0, pagination: false }),
    payload.find({
      collection: 'territories',
      where: previewTerritoryId ? { or: [{ status: { equals: 'ouvert' } }, { id: { equals: previewTerritoryId } }] } : { status: { equals: 'ouvert' } },
      depth: 0,
      pagination: false,
      select: { name: true, slug: true, openedAt: true, themes: true, coveredCommunes: true },
    }),
    // No `select`: it would return the questions' hasMany sub-fields empty.
    payload.find({ collection: 'questionnaires', depth: 0, pagination: false }),
    payload.find({ collection: 'partners', depth: 0, pagination: false, select: { name: true } }),
    publishedOfferThemes(payload),
  ])

  const themesByRef = new Map<number | string, Theme>()
  for (const theme of themes.docs) {
    themesByRef.set(theme.id, theme)
    if (theme.slug) themesByRef.set(theme.slug, theme)
  }

  // Opened first, first: a commune covered by several open territories (for different themes) belongs to that one.
  const openedAt = (value: string | null | undefined) => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY)
  const previewed = (id: number) => (id === previewTerritoryId ? 0 : 1)
  const open: CatalogueTerritory[] = [...territories.docs]
    .sort((a, b) => previewed(a.id) - previewed(b.id) || openedAt(a.openedAt) - openedAt(b.openedAt) || a.id - b.id)
    .map((territory) => ({
      id: territory.id,
      slug: territory.slug ?? '',
      name: territory.name,
      themes: (territory.themes ?? []).map((row) => ({ themeId: idsOf([row.theme])[0], status: row.status })),
      coveredCommunes: new Set(idsOf(territory.coveredCommunes ?? [])),
    }))
  const territoryOfCommune = new Map<number, TerritoryRef>()
  for (const territory of open) {
    const ref = { id: territory.id, slug: territory.slug, name: territory.name }
    for (const communeId of territory.coveredCommunes) if (!territoryOfCommune.has(communeId)) territoryOfCommune.set(communeId, ref)
  }

  const questionnaireByKey = new Map<string, { id: number; questions: Question[] } | null>()
  const questionnaireFor = (themeId: number, territoryId: number) => {
    const key = `${themeId}:${territoryId}`
    if (!questionnaireByKey.has(key)) {
      const found = applicableQuestionnaire(questionnaires.docs, themeId, territoryId)
      questionnaireByKey.set(key, found ? { id: found.id, questions: toQuestions(found.questions) } : null)
    }
    return questionnaireByKey.get(key) ?? null
  }

  const partnerNames = new Map(partners.docs.map((partner) => [partner.id, partner.name]))
  const offers = new Map<string, Promise<CatalogueOffer[]>>()

  return {
    theme: (ref) => themesByRef.get(ref),
    territoryOfCommune: (communeId) => territoryOfCommune.get(communeId) ?? null,
    territoryFor: (communeId, themeId) =>
      open.find((territory) => territory.coveredCommunes.has(communeId) && territory.themes.some((row) => row.themeId === themeId && row.status === 'ouvert')),
    questionnaireFor,
    themeOfPublishedOffer: (offerId) => publishedThemes.get(offerId),
    offersOf: (territoryId, themeId) => {
      const key = `${territoryId}:${themeId}`
      let slice = offers.get(key)
      if (!slice) {
        slice = loadOffers(payload, territoryId, themeId, partnerNames)
        offers.set(key, slice)
        slice.catch(() => offers.delete(key))
      }
      return slice
    },
  }
}
