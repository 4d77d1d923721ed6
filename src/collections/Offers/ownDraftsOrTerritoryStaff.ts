import type { Access } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { perimeterWhere } from '@/access/perimeterWhere'

/** Offers can be deleted by the staff of their territory; partners may only delete their own drafts (otherwise they archive). */
export const ownDraftsOrTerritoryStaff: Access = async ({ req }) => {
  const perimeter = await getPerimeter(req)
  const scope = perimeterWhere(perimeter, { territory: 'territory', partner: 'partner' })
  if (perimeter.kind !== 'partner' || typeof scope === 'boolean') return scope
  return { and: [scope, { status: { equals: 'brouillon' } }] }
}
