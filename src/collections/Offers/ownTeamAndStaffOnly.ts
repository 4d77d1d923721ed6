import type { FieldAccess } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { idsOf } from '@/domain/shared/ids'

/**
 * An offer's internal fields (the professionals' addresses that receive the requests, the animator's review
 * comment): the organisation that owns the offer and the staff of its territory. Never the public, nor the
 * peer organisations (they reach each other through the partners' professional contacts).
 */
export const ownTeamAndStaffOnly: FieldAccess = async ({ req, doc }) => {
  const perimeter = await getPerimeter(req)
  switch (perimeter.kind) {
    case 'all':
      return true
    case 'territories':
      return idsOf([doc?.territory]).some((id) => perimeter.territoryIds.includes(id))
    case 'partner':
      return idsOf([doc?.partner])[0] === perimeter.partnerId
    default:
      return false
  }
}
