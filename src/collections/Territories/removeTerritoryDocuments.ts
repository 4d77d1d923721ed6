import { APIError } from 'payload'
import type { CollectionBeforeDeleteHook } from 'payload'

import { territoryDeletionRefusal } from '@/domain/territories/territoryLifecycle'

/**
 * Before a territory is deleted (see `territoryLifecycle`): refused while requests name it; otherwise its
 * offers (with their versions, and their proposals in other territories), the proposals of other territories' offers
 * there, its own charters (with their PDF; a charter of several territories only loses it) and questionnaires are deleted in the same
 * transaction. The database itself removes the territory from animators' and partners' territories (join
 * rows cascade) and empties the territory of the anonymous searches (`set null`).
 */
export const removeTerritoryDocuments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const territory = await req.payload.findByID({
    collection: 'territories',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { name: true },
  })
  if (!territory) return
  const { totalDocs: leadCount } = await req.payload.count({ collection: 'leads', where: { territory: { equals: id } }, overrideAccess: true, req })
  const refusal = territoryDeletionRefusal(territory.name, leadCount)
  if (refusal) throw new APIError(refusal, 409, null, true)

  // Sequential: these deletions share the request's transaction (one connection).
  for (const collection of ['offer-territories', 'offers', 'questionnaires'] as const) {
    await req.payload.delete({ collection, where: { territory: { equals: id } }, overrideAccess: true, req })
  }
  // A charter covering other territories too stays theirs (the database drops this territory from it).
  const { docs: charters } = await req.payload.find({
    collection: 'charters',
    where: { territories: { in: [id] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { territories: true },
  })
  const onlyHere = charters.filter((charter) => (charter.territories ?? []).length <= 1).map((charter) => charter.id)
  if (onlyHere.length) await req.payload.delete({ collection: 'charters', where: { id: { in: onlyHere } }, overrideAccess: true, req })
}
