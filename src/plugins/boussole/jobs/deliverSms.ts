import type { Payload } from 'payload'

import type { SmsTransport } from '@/sms/smsTransport'
import { smsTransportFromEnv } from '@/sms/smsTransportFromEnv'

import { deliverOnce, type DeliveryStatus } from './deliveryRecord'
import type { EmailGuard } from './emailGuard'
import type { SmsKind } from './queueSms'

export interface SmsJobInput {
  kind: SmsKind
  to: string
  text: string
  dedupeKey: string
  leadId?: number | null
  guard?: EmailGuard | null
}

/** Sends one queued SMS, at most once (see `deliverOnce`): recorded as « sms-<kind> » among the sent messages. */
export async function deliverSms(payload: Payload, sms: SmsJobInput, transport: SmsTransport = smsTransportFromEnv()): Promise<DeliveryStatus> {
  return deliverOnce(payload, { ...sms, kind: `sms-${sms.kind}` }, () => transport.send({ to: sms.to, text: sms.text }))
}
