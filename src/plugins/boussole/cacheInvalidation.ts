import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import type { RevalidatingCache } from './cache/revalidatingCache'
import { catalogue, CATALOGUE_COLLECTIONS } from './catalogue/catalogue'
import { communeDirectory } from './geo/communeDirectory'

/** Which in-memory cache each collection feeds. */
const CACHES_BY_COLLECTION: Record<string, RevalidatingCache<unknown>[]> = {
  ...Object.fromEntries(CATALOGUE_COLLECTIONS.map((slug) => [slug, [catalogue]])),
  communes: [communeDirectory],
  departements: [communeDirectory],
}

/**
 * Adds to the collections the public API keeps in memory the hooks that drop that memory when a document
 * changes in this process, so the next search sees the change (another process's changes: see `revalidatingCache`).
 */
export function withCacheInvalidation(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const caches = CACHES_BY_COLLECTION[collection.slug]
    if (!caches) return collection
    const afterChange: CollectionAfterChangeHook = ({ req }) => {
      for (const cache of caches) cache.invalidate(req.payload)
    }
    const afterDelete: CollectionAfterDeleteHook = ({ req }) => {
      for (const cache of caches) cache.invalidate(req.payload)
    }
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
        afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
      },
    }
  })
}
