import type { PayloadRequest } from 'payload'

import type { EmailGuard } from './emailGuard'
import { SEND_SMS_TASK, SMS_QUEUE } from './queues'

export const SMS_KINDS = ['acknowledgement', 'follow-up'] as const
export type SmsKind = (typeof SMS_KINDS)[number]

export interface OutgoingSms {
  kind: SmsKind
  /** E.164 (« +33612345678 ») */
  to: string
  /** already in the GSM alphabet and within two segments (`fitSms`) */
  text: string
  /** Identifies this SMS among all messages ever sent (« lead:12:acknowledgement:sms »): it leaves at most once. */
  dedupeKey: string
  leadId: number
  /** State the lead must still be in when the SMS leaves. */
  guard: EmailGuard
}

/** The input of the SMS job that sends `sms`. */
export const smsJobInput = (sms: OutgoingSms) => ({
  kind: sms.kind,
  to: sms.to,
  text: sms.text,
  dedupeKey: sms.dedupeKey,
  leadId: sms.leadId,
  guard: sms.guard,
})

/**
 * Queues one SMS as one job (retried with backoff while the gateway is down). Pass the request of the surrounding
 * transaction: the SMS is queued if and only if the change it announces is committed.
 */
export async function queueSms(req: PayloadRequest, sms: OutgoingSms): Promise<void> {
  await req.payload.jobs.queue({ task: SEND_SMS_TASK, queue: SMS_QUEUE, input: smsJobInput(sms), req })
}
