import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import { activeUser } from '@/domain/accounts/roles'

import { now } from '../core/options'
import { contactAccessEntries, type ReturnedLead } from './contactAccessEntries'
import { CONTACT_ACCESSES_SLUG, type ContactAccessAction } from './ContactAccesses'

/** Set by server code reading leads on behalf of a user (e.g. the exports) to name the access. */
export const CONTACT_ACCESS_CONTEXT_KEY = 'boussoleContactAccess'

export const nameContactAccess = (req: PayloadRequest, action: ContactAccessAction): void => {
  req.context[CONTACT_ACCESS_CONTEXT_KEY] = action
}

const ACTIONS: Partial<Record<string, ContactAccessAction>> = { find: 'list', findByID: 'read', update: 'update', updateByID: 'update' }

function returnedLeads(operation: string, result: unknown): ReturnedLead[] {
  if (!result || typeof result !== 'object') return []
  if (operation === 'find' || operation === 'update') return ((result as { docs?: ReturnedLead[] }).docs ?? []) as ReturnedLead[]
  return [result as ReturnedLead]
}

/**
 * `afterOperation` of the leads: records in `contact-accesses` every answer that gave a signed-in user
 * young people's contact details, whatever the channel (admin views, REST, GraphQL, Local API with the
 * user's access, exports). Reads made by the server for itself (`overrideAccess`: SLA, emails, retention)
 * are not accesses by a person. Written with the request, so inside the operation's transaction when
 * there is one (an update and its log entry are committed together).
 */
export const logContactAccess: CollectionAfterOperationHook<'leads'> = async ({ operation, overrideAccess, req, result }) => {
  const user = activeUser(req.user)
  const named = ACTIONS[operation]
  if (!user || !named || overrideAccess === true) return result
  const action = (req.context?.[CONTACT_ACCESS_CONTEXT_KEY] as ContactAccessAction | undefined) ?? named
  for (const data of contactAccessEntries(returnedLeads(operation, result), action, { id: user.id, email: user.email }, now(req.payload))) {
    await req.payload.create({ collection: CONTACT_ACCESSES_SLUG, data, overrideAccess: true, depth: 0, req })
  }
  return result
}
