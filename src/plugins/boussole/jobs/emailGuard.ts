import type { Lead } from '@/payload-types'

/**
 * What must still be true of the lead when an email leaves (checked right before sending, since the
 * job may run minutes or, after an SMTP outage, hours after it was queued):
 * - `notAnonymized`: the lead still holds personal data (e.g. not withdrawn in the meantime);
 * - `stillNew`: nobody has taken the lead yet (reminders, escalations).
 */
export const EMAIL_GUARDS = ['none', 'notAnonymized', 'stillNew'] as const
export type EmailGuard = (typeof EMAIL_GUARDS)[number]

export function guardAllows(guard: EmailGuard, lead: Pick<Lead, 'status' | 'timeline'> | null): boolean {
  if (guard === 'none') return true
  if (!lead || lead.timeline?.anonymizedAt) return false
  return guard === 'notAnonymized' || lead.status === 'nouvelle'
}
