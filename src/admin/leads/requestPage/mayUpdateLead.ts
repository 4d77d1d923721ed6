import { createLocalReq, docAccessOperation, type Payload } from 'payload'

import type { Actor } from '@/database/transactions'

/** Whether `user` may change this lead (the collection's own update access, on this document): the actions are shown only then. */
export async function mayUpdateLead(payload: Payload, user: Actor, leadId: number): Promise<boolean> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const permissions = await docAccessOperation({ collection: payload.collections.leads, id: leadId, req })
  return Boolean(permissions.update)
}
