import type { LeadSummary } from '../leads/leadSummary'

/**
 * The one-delivery key of the follow-up question « as-tu été recontacté(e) ? ». A request handed to another
 * organisation is asked again about the new one after its own due date: the key then names the move, so that second
 * question is not taken for a duplicate of the first.
 */
export function followUpKey(lead: Pick<LeadSummary, 'id' | 'movedAt'>, channel: 'email' | 'sms'): string {
  const moved = lead.movedAt ? `:moved:${Date.parse(lead.movedAt)}` : ''
  return `lead:${lead.id}:follow-up${moved}${channel === 'sms' ? ':sms' : ''}`
}
