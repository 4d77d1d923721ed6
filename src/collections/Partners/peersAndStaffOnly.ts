import type { FieldAccess } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { idsOf } from '@/domain/shared/ids'

/**
 * Professional contacts of an organisation: the staff of its territories and the professionals of the
 * organisations sharing a territory with it (the « annuaire des homologues »). Never the public.
 */
export const peersAndStaffOnly: FieldAccess = async ({ req, doc }) => {
  const perimeter = await getPerimeter(req)
  if (perimeter.kind === 'all') return true
  if (perimeter.kind === 'none') return false
  if (perimeter.kind === 'partner' && doc?.id === perimeter.partnerId) return true
  const territories = idsOf(doc?.territories)
  return territories.some((id) => perimeter.territoryIds.includes(id))
}
