import type { Access } from 'payload'

import { checkRole } from '@/domain/accounts/roles'

/**
 * Publishing (`_status: 'published'`) is the territory's staff's: for anyone else the update access denies
 * it, which also hides Payload's « Publier » button from partners (they save drafts; see routeOfferWrites,
 * which reroutes such writes before access for every channel).
 */
export const partnerMayNotPublish =
  (access: Access): Access =>
  (args) => {
    const asked = (args.data as { _status?: unknown } | undefined)?._status
    if (asked === 'published' && args.req.user && !checkRole(['admin', 'animator'], args.req.user)) return false
    return access(args)
  }
