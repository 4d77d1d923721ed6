import type { Payload, PayloadRequest, Where } from 'payload'

import { idsOf } from '@/domain/shared/ids'

/**
 * The offers anybody may read: published (and not only as a draft version) and served in an open territory — their
 * own territory, or another one whose animation validated them there (`offer-territories`). An offer of a territory
 * still in preparation is not public yet: its page, the API, GraphQL and the sitemap all say « introuvable ».
 * `alsoIn` adds territories walked in preview (« Voir comme un jeune »), as if they were open.
 *
 * Where queries cannot reach another collection, so the validated proposals' offers are looked up (one indexed
 * query on a small table) and named by id; the territory's status is reached through the relationship (`territory.status`).
 */
export async function publicOffersWhere(payload: Payload, { alsoIn = [], req }: { alsoIn?: number[]; req?: PayloadRequest } = {}): Promise<Where> {
  const servedIn = (territoryField: string): Where =>
    alsoIn.length
      ? { or: [{ [`${territoryField}.status`]: { equals: 'ouvert' } }, { [territoryField]: { in: alsoIn } }] }
      : { [`${territoryField}.status`]: { equals: 'ouvert' } }
  const { docs: proposals } = await payload.find({
    collection: 'offer-territories',
    where: { and: [{ status: { equals: 'validee' } }, servedIn('territory')] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { offer: true },
  })
  const validatedThere = [...new Set(idsOf(proposals.map((row) => row.offer)))]
  const served = validatedThere.length ? { or: [servedIn('territory'), { id: { in: validatedThere } }] } : servedIn('territory')
  return { and: [{ status: { equals: 'publiee' } }, { _status: { equals: 'published' } }, served] }
}
