import type { Lead } from '@/payload-types'

export type AnonymizationReason = NonNullable<NonNullable<Lead['timeline']>['anonymizedReason']>

/**
 * The update that erases a lead's personal data: contact details, closing comment, history notes, the
 * idempotency key and the IP fingerprint. What statistics need stays (offer, organisation, territory,
 * theme, commune, answers, status, outcome, dates), with when and why the data was erased.
 */
export function anonymizedData(lead: Pick<Lead, 'timeline' | 'history'>, reason: AnonymizationReason, at: Date) {
  return {
    contact: { email: null, phone: null },
    closingComment: null,
    history: (lead.history ?? []).map((entry) => ({ ...entry, note: null })),
    idempotencyKey: null,
    requestFingerprint: null,
    timeline: { ...lead.timeline, anonymizedAt: at.toISOString(), anonymizedReason: reason },
  } satisfies Partial<Lead>
}
