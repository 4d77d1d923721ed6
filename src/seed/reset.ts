import type { SeedContext } from './context'

/** The domain collections, in deletion order (referencing documents first). Geography is never touched. */
export const DOMAIN_COLLECTIONS = ['leads', 'offers', 'charters', 'users', 'partners', 'questionnaires', 'territories', 'themes'] as const

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

/** Deletes every document of the domain collections (through the Local API, so hooks and versions follow). */
export async function deleteDomainData(ctx: SeedContext): Promise<void> {
  for (const collection of DOMAIN_COLLECTIONS) {
    let deleted = 0
    // A bulk delete handles one page of documents at a time.
    for (;;) {
      const result = await ctx.payload.delete({
        collection,
        where: { id: { exists: true } },
        overrideAccess: true,
        req: ctx.req,
        depth: 0,
      })
      if (result.errors.length) {
        const [first] = result.errors
        throw new Error(`Impossible de supprimer « ${collection} » (document ${first.id}) : ${first.message}`)
      }
      if (!result.docs.length) break
      deleted += result.docs.length
    }
    if (deleted) ctx.log(`${collection} : ${deleted} document(s) supprimé(s).`)
  }
}
