import type { CollectionSlug, Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

/** What every seed step needs: the Payload instance, the shared request (one transaction) and a logger. */
export interface SeedContext {
  payload: Payload
  req: PayloadRequest
  log: (line: string) => void
}

/**
 * Creates a document through the Local API so the collection's hooks and validation run, as the system
 * (no user, access overridden), inside the seed's transaction.
 */
export async function create<TSlug extends CollectionSlug>(
  ctx: SeedContext,
  collection: TSlug,
  data: RequiredDataFromCollectionSlug<TSlug>,
): Promise<{ id: number }> {
  const doc = await ctx.payload.create({ collection, data, overrideAccess: true, req: ctx.req, depth: 0 })
  return { id: Number((doc as { id: number | string }).id) }
}

/** A date of the demo calendar as an ISO string (noon UTC, so it stays on the same day in France). */
export const day = (isoDate: string): string => new Date(`${isoDate}T12:00:00.000Z`).toISOString()
