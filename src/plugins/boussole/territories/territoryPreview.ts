import type { Payload } from 'payload'

import { activeUser } from '@/domain/accounts/roles'
import { idsOf } from '@/domain/shared/ids'

export interface PreviewableTerritory {
  id: number
  name: string
  slug: string
  /** Where the walk starts: the most populous covered commune (its INSEE code), null without coverage. */
  firstCommuneCode: string | null
}

/**
 * The territory `user` may walk as a young person before it opens (« Voir comme un jeune »): an active administrator,
 * or an active animator of that territory; only while it is not open (an open territory is simply public). Null otherwise.
 */
export async function previewableTerritory(payload: Payload, user: unknown, territoryId: number): Promise<PreviewableTerritory | null> {
  const person = activeUser(user)
  if (!person || !Number.isSafeInteger(territoryId) || territoryId <= 0) return null
  if (person.role !== 'admin' && !(person.role === 'animator' && idsOf(person.territories).includes(territoryId))) return null
  const territory = await payload
    .findByID({
      collection: 'territories',
      id: territoryId,
      depth: 0,
      overrideAccess: true,
      select: { name: true, slug: true, status: true, coveredCommunes: true },
    })
    .catch(() => null)
  if (!territory || territory.status === 'ouvert') return null
  const covered = idsOf(territory.coveredCommunes)
  const { docs } = covered.length
    ? await payload.find({
        collection: 'communes',
        where: { id: { in: covered } },
        sort: '-population',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        select: { code: true },
      })
    : { docs: [] }
  return { id: territory.id, name: territory.name, slug: territory.slug ?? '', firstCommuneCode: docs[0]?.code ?? null }
}
