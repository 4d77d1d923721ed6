import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, Where } from 'payload'

import { idsOf } from '@/domain/shared/ids'
import { describeConflict, findCoverageConflicts } from '@/domain/territories/coverageConflicts'

import { resolveCoverage } from './resolveCoverage'

type ThemeRow = { theme?: unknown; status?: string }

const liveThemeIds = (themes: unknown): number[] =>
  idsOf(((themes as ThemeRow[] | undefined) ?? []).filter((row) => row.status === 'ouvert' || row.status === 'bientot').map((row) => row.theme))

/**
 * Resolves the covered communes from the coverage selection, and refuses an open territory whose
 * communes are already covered, for one of its themes, by another open territory.
 */
export const resolveTerritoryCoverage: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const coverage = merged.coverage ?? {}
  const communeIds = await resolveCoverage(
    req.payload,
    { departements: idsOf(coverage.departements), epcis: idsOf(coverage.epcis), communes: idsOf(coverage.communes) },
    req,
  )
  data.coveredCommunes = communeIds
  data.communeCount = communeIds.length

  const themeIds = liveThemeIds(merged.themes)
  const duplicateTheme = themeIds.find((id, index) => themeIds.indexOf(id) !== index)
  if (duplicateTheme !== undefined) {
    throw new ValidationError(
      { collection: 'territories', errors: [{ path: 'themes', message: 'Chaque thème ne peut figurer qu’une fois dans un territoire.' }] },
      req.t,
    )
  }
  if (merged.status !== 'ouvert' || !themeIds.length || !communeIds.length) return data

  const where: Where = {
    and: [{ status: { equals: 'ouvert' } }, { coveredCommunes: { in: communeIds } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
  }
  const { docs: others } = await req.payload.find({
    collection: 'territories',
    where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { name: true, themes: true, coveredCommunes: true },
  })
  const conflicts = findCoverageConflicts(
    { id: originalDoc?.id, name: merged.name, themeIds, communeIds },
    others.map((other) => ({ id: other.id, name: other.name, themeIds: liveThemeIds(other.themes), communeIds: idsOf(other.coveredCommunes) })),
  )
  if (!conflicts.length) return data

  // Sequential on purpose: these queries share the request's transaction (one connection).
  const messages: string[] = []
  for (const conflict of conflicts) {
    const theme = await req.payload.findByID({ collection: 'themes', id: conflict.themeId, depth: 0, overrideAccess: true, req, select: { name: true } })
    const communes = await req.payload.find({
      collection: 'communes',
      where: { id: { in: conflict.communeIds.slice(0, 5) } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { name: true },
    })
    messages.push(
      describeConflict(
        conflict,
        theme.name,
        communes.docs.map((commune) => commune.name),
      ),
    )
  }
  throw new ValidationError({ collection: 'territories', errors: messages.map((message) => ({ path: 'coverage', message })) }, req.t)
}
