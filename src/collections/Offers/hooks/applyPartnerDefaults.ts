import type { CollectionBeforeValidateHook } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { idsOf } from '@/domain/shared/ids'

/**
 * Fills what an offer inherits from its organisation when left empty: the organisation itself (for a
 * partner professional), the contact delay it commits to, and the address that receives the requests.
 */
export const applyPartnerDefaults: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req }) => {
  if (!data) return data
  const perimeter = await getPerimeter(req)
  if (operation === 'create' && perimeter.kind === 'partner' && !data.partner) data.partner = perimeter.partnerId

  const [partnerId] = idsOf([data.partner ?? originalDoc?.partner])
  const needsDelay = data.contactDelayDays == null && originalDoc?.contactDelayDays == null
  const needsEmails = operation === 'create' && !(data.notificationEmails as unknown[] | undefined)?.length
  if (!partnerId || (!needsDelay && !needsEmails)) return data

  const partner = await req.payload.findByID({ collection: 'partners', id: partnerId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!partner) return data
  if (needsDelay) data.contactDelayDays = partner.defaultContactDelayDays
  const email = partner.professionalContact?.email ?? partner.publicEmail
  if (needsEmails && email) data.notificationEmails = [{ email }]
  return data
}
