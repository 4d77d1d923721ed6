import type { Payload } from 'payload'

import { inTransaction } from '@/database/transactions'
import type { SmsTransport } from '@/sms/smsTransport'
import { smsTransportFromEnv } from '@/sms/smsTransportFromEnv'

import { now } from '../core/options'
import { alreadySent, leadState, type DeliveryStatus } from './deliveryRecord'
import { guardAllows, type EmailGuard } from './emailGuard'
import type { SmsKind } from './queueSms'
import { SENT_MESSAGES_SLUG } from './SentMessages'

export interface SmsJobInput {
  kind: SmsKind
  to: string
  text: string
  dedupeKey: string
  leadId?: number | null
  guard?: EmailGuard | null
}

/**
 * Sends one queued SMS, at most once, as `deliverEmail` does for emails: skipped when its key was already sent or when
 * the lead's state no longer calls for it (checked right before sending); the key is recorded and the SMS handed to
 * the gateway in one transaction, so a failed send leaves no record (the job is retried) and a concurrent duplicate
 * waits on the unique key, then skips.
 */
export async function deliverSms(payload: Payload, sms: SmsJobInput, transport: SmsTransport = smsTransportFromEnv()): Promise<DeliveryStatus> {
  if (await alreadySent(payload, sms.dedupeKey)) return 'duplicate'
  const lead = sms.leadId ? await leadState(payload, sms.leadId) : null
  if (!guardAllows(sms.guard ?? 'none', lead)) return 'skipped'
  try {
    await inTransaction(payload, async (req) => {
      await payload.create({
        collection: SENT_MESSAGES_SLUG,
        data: { key: sms.dedupeKey, kind: `sms-${sms.kind}`, lead: lead?.id ?? null, sentAt: now(payload).toISOString() },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await transport.send({ to: sms.to, text: sms.text })
    })
    return 'sent'
  } catch (error) {
    if (await alreadySent(payload, sms.dedupeKey)) return 'duplicate'
    throw error
  }
}
