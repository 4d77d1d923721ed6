import type { CollectionBeforeChangeHook } from 'payload'

import { activeUser } from '@/domain/accounts/roles'
import { idOf } from '@/domain/shared/ids'
import { now as currentTime } from '@/plugins/boussole/server'

const relationId = (value: unknown): number | null => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : idOf(value))

/**
 * Records a change of assignee in the lead's history (event `assigned`, « Attribuée à Camille Martin »).
 * Runs after `recordLeadHistory`, so that an entry for a status change made in the same save is kept.
 */
export const recordAssignment: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  // A move to another organisation clears the assignee: its own history entry says so.
  if (operation !== 'update' || !originalDoc || !('assignee' in data) || req.context.boussoleLeadMove) return data
  const before = relationId(originalDoc.assignee)
  const after = relationId(data.assignee)
  if (before === after) return data
  const assignee =
    after === null ? null : await req.payload.findByID({ collection: 'users', id: after, depth: 0, overrideAccess: true, req, select: { name: true } })
  data.history = [
    ...(data.history ?? originalDoc.history ?? []),
    {
      at: currentTime(req.payload).toISOString(),
      by: activeUser(req.user)?.id ?? null,
      event: 'assigned',
      to: assignee ? String(assignee.id) : null,
      note: assignee ? `Attribuée à ${assignee.name}` : 'N’est plus attribuée à personne',
    },
  ]
  return data
}
