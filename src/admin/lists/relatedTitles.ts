import { headers } from 'next/headers'
import { executeAuthStrategies, type CollectionSlug, type Payload, type TypedUser } from 'payload'
import { cache } from 'react'

/** The signed-in person of the request being rendered (once per request). */
const currentUser = cache(async (payload: Payload): Promise<TypedUser | null> => (await executeAuthStrategies({ headers: await headers(), payload })).user)

type Pending = { ids: Set<string>; result: Promise<Map<string, string>> }

/**
 * The titles of related documents, as the signed-in person may read them: the cells of one list page ask in the
 * same tick, so each collection is read once per page (`where id in …`, the title only). A document the person
 * may not read (or gone) has no title.
 */
const batches = cache(() => new Map<string, Pending>())

export async function relatedTitle(payload: Payload, collection: CollectionSlug, id: string | number): Promise<string | undefined> {
  const pending = batches()
  let batch = pending.get(collection)
  if (!batch) {
    const ids = new Set<string>()
    const result = new Promise<Map<string, string>>((resolve, reject) => {
      setImmediate(() => {
        pending.delete(collection)
        readTitles(payload, collection, [...ids]).then(resolve, reject)
      })
    })
    batch = { ids, result }
    pending.set(collection, batch)
  }
  batch.ids.add(String(id))
  return (await batch.result).get(String(id))
}

async function readTitles(payload: Payload, collection: CollectionSlug, ids: string[]): Promise<Map<string, string>> {
  const titleField = payload.collections[collection]?.config.admin.useAsTitle ?? 'id'
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    select: { [titleField]: true },
    depth: 0,
    draft: true,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    user: await currentUser(payload),
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[titleField] ?? doc.id)]))
}
