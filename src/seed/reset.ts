import type { SeedContext } from './context'

/**
 * The domain collections, in deletion order (referencing documents first). Geography is never touched.
 * `sent-emails` and `searches` (the plugin's logs) and `lead-moves` point at leads, territories and themes;
 * `offer-territories` (offers proposed in other territories) at offers and territories.
 */
export const DOMAIN_COLLECTIONS = [
  'sent-emails',
  'lead-moves',
  'leads',
  'searches',
  'offer-territories',
  'offers',
  'charters',
  'users',
  'partners',
  'questionnaires',
  'territories',
  'themes',
] as const

/** Anonymous logs with no hooks nor versions, possibly numerous: deleted in one statement. */
const BULK_DELETED: readonly DomainCollection[] = ['searches']

export type DomainCollection = (typeof DOMAIN_COLLECTIONS)[number]

export type DomainCounts = Record<DomainCollection, number>

export async function countDomainData(ctx: Pick<SeedContext, 'payload'> & Partial<Pick<SeedContext, 'req'>>): Promise<DomainCounts> {
  const counts = {} as DomainCounts
  for (const collection of DOMAIN_COLLECTIONS) {
    const { totalDocs } = await ctx.payload.count({ collection, overrideAccess: true, req: ctx.req })
    counts[collection] = totalDocs
  }
  return counts
}

/**
 * Deletes every document of the domain collections through the Local API (hooks run, versions follow),
 * one at a time: a bulk delete would run its queries concurrently on the single transaction connection.
 */
export async function deleteDomainData(ctx: SeedContext): Promise<void> {
  for (const collection of DOMAIN_COLLECTIONS) {
    if (BULK_DELETED.includes(collection)) {
      const { totalDocs } = await ctx.payload.count({ collection, overrideAccess: true, req: ctx.req })
      if (!totalDocs) continue
      await ctx.payload.db.deleteMany({ collection, where: {}, req: ctx.req })
      ctx.log(`${collection} : ${totalDocs} document(s) supprimé(s).`)
      continue
    }
    const { docs } = await ctx.payload.find({
      collection,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req: ctx.req,
      select: {},
    })
    for (const { id } of docs) {
      await ctx.payload.delete({ collection, id, overrideAccess: true, req: ctx.req, depth: 0 })
    }
    if (docs.length) ctx.log(`${collection} : ${docs.length} document(s) supprimé(s).`)
  }
}
