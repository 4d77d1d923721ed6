import type { Payload, PayloadRequest, Where } from 'payload'

import { startOfParisDay, validOnWhere } from '@/domain/offers/validity'
import { applicableQuestionnaire } from '@/domain/questionnaire/applicableQuestionnaire'
import { idOf, idsOf } from '@/domain/shared/ids'
import { type OpeningChecklist, type OpeningFacts, openingChecklist } from '@/domain/territories/openingChecklist'
import type { Territory } from '@/payload-types'

import { now } from '../core/options'

/**
 * The territory fields the checklist reads (a hook passes the document being saved). `id` is null for a territory
 * being created: nothing (animator, charter, offer, network) can point at it yet.
 */
export type OpeningTerritory = Pick<Territory, 'communeCount' | 'themes' | 'contact'> & { id: number | null }

// Where « documents of a territory » are spelled: the charters covering it; the offers of the territory itself and
// those of other territories its animation validated (`offer-territories`, as the catalogue's `loadOffers`).
const charterOfTerritory = (territoryId: number): Where => ({ territories: { contains: territoryId } })

async function offeredIn(payload: Payload, territoryId: number, req?: PayloadRequest): Promise<Where> {
  const { docs } = await payload.find({
    collection: 'offer-territories',
    where: { and: [{ territory: { equals: territoryId } }, { status: { equals: 'validee' } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { offer: true },
  })
  const validated = idsOf(docs.map((row) => row.offer))
  return validated.length ? { or: [{ territory: { equals: territoryId } }, { id: { in: validated } }] } : { territory: { equals: territoryId } }
}

/** Organisations holding a signed charter for the territory that has not expired on that day. */
export async function partnersWithCharterInForce(payload: Payload, territoryId: number, at: Date, req?: PayloadRequest): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'charters',
    where: {
      and: [
        charterOfTerritory(territoryId),
        { status: { equals: 'signee' } },
        { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than_equal: startOfParisDay(at).toISOString() } }] },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { partner: true },
  })
  return [...new Set(docs.map((charter) => idOf(charter.partner)).filter((id): id is number => id !== null))]
}

/**
 * Gathers the facts of the opening checklist (src/domain/territories/openingChecklist.ts) for a territory, as the
 * system sees them (every animator, charter and offer, whoever asks), and computes it.
 */
export async function loadOpeningChecklist(payload: Payload, territory: OpeningTerritory, req?: PayloadRequest): Promise<OpeningChecklist> {
  return openingChecklist(await openingFacts(payload, territory, req))
}

export async function openingFacts(payload: Payload, territory: OpeningTerritory, req?: PayloadRequest): Promise<OpeningFacts> {
  const today = now(payload)
  const rows = territory.themes ?? []
  const themeIds = idsOf(rows.map((row) => row.theme))
  const id = territory.id
  // Sequential on purpose: inside a hook these queries share the request's transaction (one connection).
  const animators =
    id === null
      ? 0
      : (
          await payload.count({
            collection: 'users',
            where: { and: [{ role: { equals: 'animator' } }, { active: { equals: true } }, { territories: { contains: id } }] },
            overrideAccess: true,
            req,
          })
        ).totalDocs
  const themes = themeIds.length
    ? await payload.find({
        collection: 'themes',
        where: { id: { in: themeIds } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { name: true },
      })
    : { docs: [] }
  const ofTerritory: Where = id === null ? { territory: { exists: false } } : { or: [{ territory: { exists: false } }, { territory: { equals: id } }] }
  const questionnaires = themeIds.length
    ? await payload.find({
        collection: 'questionnaires',
        where: { and: [{ theme: { in: themeIds } }, ofTerritory] },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
        select: { theme: true, territory: true },
      })
    : { docs: [] }
  const partnersWithCharter = id === null ? [] : await partnersWithCharterInForce(payload, id, today, req)
  const offers =
    id === null
      ? { docs: [] }
      : await payload.find({
          collection: 'offers',
          where: { and: [await offeredIn(payload, id, req), { status: { equals: 'publiee' } }, validOnWhere(today) as Where] },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
          select: { partner: true, theme: true },
        })
  const consortium =
    id === null ? 0 : (await payload.count({ collection: 'partners', where: { territories: { contains: id } }, overrideAccess: true, req })).totalDocs
  const themeName = new Map(themes.docs.map((theme) => [theme.id, theme.name]))
  return {
    communeCount: territory.communeCount ?? 0,
    activeAnimators: animators,
    themes: rows.flatMap((row) => {
      const themeId = idOf(row.theme)
      if (themeId === null) return []
      return [
        {
          id: themeId,
          name: themeName.get(themeId) ?? `n°${themeId}`,
          status: row.status,
          hasQuestionnaire: Boolean(applicableQuestionnaire(questionnaires.docs, themeId, id)),
        },
      ]
    }),
    partnersWithCharter,
    publishedOffers: offers.docs.flatMap((offer) => {
      const partnerId = idOf(offer.partner)
      const themeId = idOf(offer.theme)
      return partnerId !== null && themeId !== null ? [{ partnerId, themeId }] : []
    }),
    consortiumMembers: consortium,
    contact: territory.contact,
  }
}
