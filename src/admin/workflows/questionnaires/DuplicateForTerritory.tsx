import type { Payload } from 'payload'

import { activeUser } from '@/domain/accounts/roles'
import { overrideChoices } from '@/domain/questionnaire/territoryOverride'
import { idsOf } from '@/domain/shared/ids'

import { DuplicateForTerritoryButton } from './DuplicateForTerritoryButton'

/**
 * On a national questionnaire's edit view (read-only for animators), « Dupliquer pour mon territoire »: the
 * animator's territories that have no questionnaire of their own for the theme yet; a link to it for those
 * that have one.
 */
export async function DuplicateForTerritory({ id, payload, user }: { id?: number | string; payload: Payload; user?: unknown }) {
  const person = activeUser(user)
  if (!id || !person || person.role !== 'animator') return null
  const source = await payload.findByID({
    collection: 'questionnaires',
    id: Number(id),
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { theme: true, territory: true },
  })
  if (!source || source.territory) return null
  const territoryIds = idsOf(person.territories)
  if (!territoryIds.length) return null
  const [themeId] = idsOf([source.theme])
  const territories = await payload.find({
    collection: 'territories',
    where: { id: { in: territoryIds } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { name: true },
  })
  const overrides = await payload.find({
    collection: 'questionnaires',
    where: { and: [{ theme: { equals: themeId } }, { territory: { in: territoryIds } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { territory: true },
  })
  const choices = overrideChoices(
    territories.docs.map((territory) => ({ id: territory.id, name: territory.name })),
    overrides.docs.map((override) => ({ id: override.id, territory: idsOf([override.territory])[0] ?? null })),
  )
  return <DuplicateForTerritoryButton questionnaireId={Number(id)} choices={choices} />
}
