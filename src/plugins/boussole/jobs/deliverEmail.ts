import type { Payload } from 'payload'

import type { TaskBoussoleSendEmail } from '@/payload-types'

import { getSettings } from '../core/options'
import { deliverOnce, type DeliveryStatus } from './deliveryRecord'

/** Sends one queued email, at most once (see `deliverOnce`). */
export async function deliverEmail(payload: Payload, email: TaskBoussoleSendEmail['input']): Promise<DeliveryStatus> {
  const from = getSettings(payload).senderAddress
  return deliverOnce(payload, email, () =>
    payload.sendEmail({ to: email.to, subject: email.subject, html: email.html, text: email.text, ...(from ? { from } : {}) }),
  )
}
