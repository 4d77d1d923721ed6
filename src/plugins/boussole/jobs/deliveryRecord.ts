import type { Payload, TaskConfig } from 'payload'

import type { BoussoleSettings } from '../core/options'
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
export async function alreadySent(payload: Payload, key: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: SENT_MESSAGES_SLUG, where: { key: { equals: key } }, overrideAccess: true })
  return totalDocs > 0
}

/** The lead's state a message is checked against right before it leaves (its guard). */
export const leadState = (payload: Payload, leadId: number) =>
  payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true, timeline: true } })
