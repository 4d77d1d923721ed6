import { idOf } from '@/domain/shared/ids'

import type { ContactAccessAction } from './ContactAccesses'

/** What a lead, as returned to a user, needs to be logged: its id, territory and contact details. */
export interface ReturnedLead {
  id?: unknown
  territory?: unknown
  contact?: { email?: unknown; phone?: unknown } | null
}

export interface ContactAccessEntry {
  at: string
  user: number
  userEmail: string
  action: ContactAccessAction
  leads: number[]
  territory: number | null
}

/** True when the lead, as returned, carries an email address or a phone number. */
export const carriesContact = (lead: ReturnedLead | null | undefined): boolean =>
  Boolean(lead?.contact && ((typeof lead.contact.email === 'string' && lead.contact.email) || (typeof lead.contact.phone === 'string' && lead.contact.phone)))

/**
 * The log entries for one answer that returned `leads` to `user`: one per territory, listing the leads
 * whose contact details were in the answer (none when no lead carried any: erased, or not selected).
 */
export function contactAccessEntries(
  leads: readonly (ReturnedLead | null | undefined)[],
  action: ContactAccessAction,
  user: { id: number; email: string },
  at: Date,
): ContactAccessEntry[] {
  const byTerritory = new Map<number | null, number[]>()
  for (const lead of leads) {
    const id = idOf(lead?.id ?? null)
    if (!lead || id === null || !carriesContact(lead)) continue
    const territory = idOf(lead.territory ?? null)
    byTerritory.set(territory, [...(byTerritory.get(territory) ?? []), id])
  }
  return [...byTerritory].map(([territory, ids]) => ({ at: at.toISOString(), user: user.id, userEmail: user.email, action, leads: ids, territory }))
}
