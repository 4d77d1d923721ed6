import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { activeUser } from '@/domain/accounts/roles'
import { leadChangeError, type LeadStatus } from '@/domain/leads/leadStatus'
import { now as currentTime } from '@/plugins/boussole/server'

/**
 * Enforces the lead's status workflow and records every change (who, when, from, to) in its history; a move to another
 * offer (`req.context.boussoleLeadMove`) is recorded as ONE entry, the move's, whether or not the status changes.
 */
export const recordLeadHistory: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as LeadStatus
  const to = (data.status ?? from) as LeadStatus
  const move = req.context.boussoleLeadMove
  if (from === to && !move) return data
  const error = leadChangeError({
    from,
    to,
    outcome: data.outcome ?? originalDoc.outcome,
    comment: data.closingComment ?? originalDoc.closingComment,
  })
  if (error) throw new ValidationError({ collection: 'leads', errors: [{ path: error.field, message: error.message }] }, req.t)

  const now = currentTime(req.payload)
  const timeline = { ...originalDoc.timeline, ...data.timeline }
  if (to === 'en_cours' && !timeline.takenAt) timeline.takenAt = now.toISOString()
  if (to === 'cloturee') timeline.closedAt = now.toISOString()
  if (to !== 'cloturee') {
    timeline.closedAt = null
    data.outcome = null
  }
  data.timeline = timeline
  data.history = [
    ...(originalDoc.history ?? []),
    {
      at: now.toISOString(),
      by: activeUser(req.user)?.id ?? null,
      from,
      to,
      event: move?.event ?? 'status',
      note: move?.note ?? req.context.boussoleHistoryNote ?? null,
    },
  ]
  return data
}
