import { APIError } from 'payload'
import type { CollectionBeforeDeleteHook } from 'payload'

import { territoryDeletionRefusal } from '@/domain/territories/territoryLifecycle'

/**
 * Before a territory is deleted (see `territoryLifecycle`): refused while requests name it; otherwise its
 * offers (with their versions), charters (with their PDF) and questionnaires are deleted in the same
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
  for (const collection of ['offers', 'charters', 'questionnaires'] as const) {
    await req.payload.delete({ collection, where: { territory: { equals: id } }, overrideAccess: true, req })
  }
}
