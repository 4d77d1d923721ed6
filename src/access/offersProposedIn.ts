import type { Access, Where } from 'payload'

import { getPerimeter } from './perimeter'
import { orWhere } from './perimeterWhere'

/**
 * Offers are also read by the animators of the other territories where they are proposed
 * (`offer-territories`, whatever the decision): they validate them for their territory. Where queries cannot
 * reach another collection, so the offers' ids are looked up (one indexed query) and added to `access`.
 */
export const orProposedInTerritories =
  (access: Access): Access =>
  async (args) => {
    const base = (await access(args)) as Where | boolean
    const perimeter = await getPerimeter(args.req)
    if (base === true || perimeter.kind !== 'territories' || !perimeter.territoryIds.length) return base
    const { docs } = await args.req.payload.find({
      collection: 'offer-territories',
      where: { territory: { in: perimeter.territoryIds } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: args.req,
      select: { offer: true },
    })
    const ids = [...new Set(docs.map((row) => (typeof row.offer === 'object' ? row.offer.id : row.offer)))]
    return ids.length ? orWhere(base, { id: { in: ids } }) : base
  }
