import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook, FilterOptions, Where } from 'payload'

import { assigneeError } from '@/domain/leads/assignee'
import { idOf } from '@/domain/shared/ids'

/** A relationship value as an API caller may send it: an id, a numeric string, or a populated document. */
const relationId = (value: unknown): number | null => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : idOf(value))

/** Refuses an assignee who is not an active professional of the lead's organisation (French message on the field). */
export const validateAssignee: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('assignee' in data)) return data
  if (data.assignee === null || data.assignee === undefined || data.assignee === '') return data
  const assignee = relationId(data.assignee)
  if (assignee === null || !Number.isInteger(assignee)) {
    throw new ValidationError({ collection: 'leads', errors: [{ path: 'assignee', message: 'Choisissez un membre de l’organisme dans la liste.' }] }, req.t)
  }
  if (assignee === relationId(originalDoc?.assignee)) return data
  const partner = relationId(data.partner ?? originalDoc?.partner)
  const candidate = await req.payload
    .findByID({ collection: 'users', id: assignee, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  const error = assigneeError(candidate && { role: candidate.role, active: candidate.active, partner: relationId(candidate.partner) }, partner ?? -1)
  if (error) throw new ValidationError({ collection: 'leads', errors: [{ path: 'assignee', message: error }] }, req.t)
  return data
}

/** The assignee picker offers the active professionals of the lead's organisation only. */
export const assigneeOptions: FilterOptions = ({ data }) => {
  const partner = relationId(data?.partner)
  const where: Where = { and: [{ role: { equals: 'partner' } }, { active: { equals: true } }, { partner: { equals: partner ?? -1 } }] }
  return where
}
