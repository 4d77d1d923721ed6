import type { Access } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { orWhere, perimeterWhere } from '@/access/perimeterWhere'

/** Rows of the caller's territories (where the offer is proposed, or the offer's own), and the organisation's own. */
export const homeOrTargetTerritory: Access = async ({ req }) => {
  const perimeter = await getPerimeter(req)
  return orWhere(perimeterWhere(perimeter, { territory: 'territory', partner: 'partner' }), perimeterWhere(perimeter, { territory: 'homeTerritory' }))
}
