import type { Payload } from 'payload'

import { inTransaction } from '@/database/transactions'
import type { TaskBoussoleSendEmail } from '@/payload-types'

import { getSettings, now } from '../core/options'
import { alreadySent, leadState, type DeliveryStatus } from './deliveryRecord'
import { guardAllows } from './emailGuard'
import { SENT_MESSAGES_SLUG } from './SentMessages'

/**
 * Sends one queued email, at most once: skipped when its key was already sent or when the lead's state no
 * longer calls for it (checked right before sending). The key is recorded and the email handed to SMTP in
 * one transaction: a failed send leaves no record (the job is retried), and a concurrent duplicate waits on
 * the unique key, then skips.
 */
export async function deliverEmail(payload: Payload, email: TaskBoussoleSendEmail['input']): Promise<DeliveryStatus> {
  if (await alreadySent(payload, email.dedupeKey)) return 'duplicate'
  const lead = email.leadId ? await leadState(payload, email.leadId) : null
  if (!guardAllows(email.guard ?? 'none', lead)) return 'skipped'

  try {
    await inTransaction(payload, async (req) => {
      await payload.create({
        collection: SENT_MESSAGES_SLUG,
        data: { key: email.dedupeKey, kind: email.kind, lead: lead?.id ?? null, sentAt: now(payload).toISOString() },
        overrideAccess: true,
        depth: 0,
        req,
      })
      const from = getSettings(payload).senderAddress
      await payload.sendEmail({ to: email.to, subject: email.subject, html: email.html, text: email.text, ...(from ? { from } : {}) })
    })
    return 'sent'
  } catch (error) {
    if (await alreadySent(payload, email.dedupeKey)) return 'duplicate'
    throw error
  }
}
