import type { Payload } from 'payload'

import { asUser, type Actor } from '@/database/transactions'

/**
 * What the request page lets a person do to a lead. Each runs as that person (`asUser`, access enforced),
 * so the collection's rules decide: the workflow (`recordLeadHistory`), who may be assigned
 * (`validateAssignee`), who may change the lead at all (the collection's access).
 */
export type LeadIntent = 'take' | 'assign' | 'close' | 'reopen'

export interface LeadActionInput {
  intent: LeadIntent
  /** `assign`: the member's id, or null to clear */
  assignee?: number | null
  /** `close` */
  outcome?: string
  comment?: string
}

export const LEAD_ACTION_DONE: Record<LeadIntent, string> = {
  take: 'Demande prise en charge.',
  assign: 'Attribution enregistrée.',
  close: 'Demande clôturée.',
  reopen: 'Demande remise en « nouvelle ».',
}

function changes(input: LeadActionInput): Record<string, unknown> {
  switch (input.intent) {
    case 'take':
      return { status: 'en_cours' }
    case 'reopen':
      return { status: 'nouvelle' }
    case 'close':
      return { status: 'cloturee', outcome: input.outcome || null, closingComment: input.comment?.trim() || null }
    case 'assign':
      return { assignee: input.assignee ?? null }
  }
}

/** Applies one action to lead `leadId` as `user`; throws what Payload refuses (validation, access). */
export async function applyLeadAction(payload: Payload, user: Actor, leadId: number, input: LeadActionInput): Promise<void> {
  if (!Object.hasOwn(LEAD_ACTION_DONE, input.intent)) throw new Error('Action inconnue.')
  await asUser(payload, user, (req) =>
    payload.update({ collection: 'leads', id: leadId, data: changes(input), overrideAccess: false, req, depth: 0, select: { status: true } }),
  )
}
