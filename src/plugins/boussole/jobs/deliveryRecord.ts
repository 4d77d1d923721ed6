import type { Payload, TaskConfig } from 'payload'

import { inTransaction } from '@/database/transactions'

import { now, type BoussoleSettings } from '../core/options'
import { guardAllows, type EmailGuard } from './emailGuard'
import { SENT_MESSAGES_SLUG } from './SentMessages'

/** What a delivery job did: sent, already sent (its key is recorded), or skipped (the lead no longer calls for it). */
export type DeliveryStatus = 'sent' | 'duplicate' | 'skipped'

/** The delivery jobs' output and retries: exponential backoff (`emailRetries`) while SMTP or the SMS gateway is unreachable. */
export const deliveryTaskOptions = (settings: BoussoleSettings) =>
  ({
    outputSchema: [{ name: 'status', type: 'select', options: ['sent', 'duplicate', 'skipped'], required: true }],
    retries: { attempts: settings.emailRetries.attempts, backoff: { type: 'exponential', delay: settings.emailRetries.initialDelayMs } },
  }) satisfies Partial<TaskConfig>

/** Whether the message with this key has already left (its key is recorded once, in the same transaction as the send). */
async function alreadySent(payload: Payload, key: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: SENT_MESSAGES_SLUG, where: { key: { equals: key } }, overrideAccess: true })
  return totalDocs > 0
}

/** The lead's state a message is checked against right before it leaves (its guard). */
const leadState = (payload: Payload, leadId: number) =>
  payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true, timeline: true } })

/** What identifies a queued message for its one delivery: its key, what it is, the lead it is about and the lead's state it needs. */
export interface DeliveryKey {
  dedupeKey: string
  kind: string
  leadId?: number | null
  guard?: EmailGuard | null
}

/**
 * Sends one queued message (email or SMS), at most once: skipped when its key was already sent or when the lead's
 * state no longer calls for it (checked right before sending). The key is recorded and the message handed over
 * (SMTP, SMS gateway) in one transaction: a failed send leaves no record (the job is retried), and a concurrent
 * duplicate waits on the unique key, then skips.
 */
export async function deliverOnce(payload: Payload, message: DeliveryKey, send: () => Promise<unknown>): Promise<DeliveryStatus> {
  if (await alreadySent(payload, message.dedupeKey)) return 'duplicate'
  const lead = message.leadId ? await leadState(payload, message.leadId) : null
  if (!guardAllows(message.guard ?? 'none', lead)) return 'skipped'
  try {
    await inTransaction(payload, async (req) => {
      await payload.create({
        collection: SENT_MESSAGES_SLUG,
        data: { key: message.dedupeKey, kind: message.kind, lead: lead?.id ?? null, sentAt: now(payload).toISOString() },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await send()
    })
    return 'sent'
  } catch (error) {
    if (await alreadySent(payload, message.dedupeKey)) return 'duplicate'
    throw error
  }
}
