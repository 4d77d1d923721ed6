import type { PayloadRequest } from 'payload'

import { emailText } from '@/email/emailText'
import { renderEmail, type EmailContent } from '@/email/renderEmail'

import type { EmailGuard } from './emailGuard'
import { EMAIL_QUEUE, SEND_EMAIL_TASK } from './queues'

export const EMAIL_KINDS = [
  'new-lead',
  'acknowledgement',
  'reminder',
  'escalation',
  'follow-up',
  'digest',
  'withdrawal',
  'offer-review',
  'offer-freshness',
  'invitation',
  'email-change',
  'territory-opening',
] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

export interface OutgoingEmail {
  kind: EmailKind
  to: string
  subject: string
  content: EmailContent
  /** Identifies this email among all emails ever sent (« lead:12:reminder:pro@… »): it leaves at most once. */
  dedupeKey: string
  leadId?: number
  /** State the lead must still be in when the email leaves. Default: none. */
  guard?: EmailGuard
}

/** The input of the email job that sends `email` (rendered once, when it is queued). */
export const emailJobInput = (email: OutgoingEmail) => ({
  kind: email.kind,
  to: email.to,
  subject: email.subject,
  html: renderEmail(email.content),
  text: emailText(email.content),
  dedupeKey: email.dedupeKey,
  leadId: email.leadId ?? null,
  guard: email.guard ?? 'none',
})

/**
 * Queues one email as one job (retried with backoff while SMTP is down). Pass the request of the
 * surrounding transaction: the email is queued if and only if the change it announces is committed.
 */
export async function queueEmail(req: PayloadRequest, email: OutgoingEmail): Promise<void> {
  await req.payload.jobs.queue({ task: SEND_EMAIL_TASK, queue: EMAIL_QUEUE, input: emailJobInput(email), req })
}
