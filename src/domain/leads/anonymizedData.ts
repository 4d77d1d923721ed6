import type { Lead } from '@/payload-types'

import { ageBandOf } from './ageBand'

export type AnonymizationReason = NonNullable<NonNullable<Lead['timeline']>['anonymizedReason']>

/**
 * The update that erases a lead's personal data: contact details, the answers and the profile derived
 * from them (age, situation, diploma, licence, disability…), the closing comment, history notes, the
 * idempotency key and the IP fingerprint. Only what statistics need and identifies nobody stays (offer,
 * organisation, territory, theme, commune, status, outcome, dates, the young person's answer to the
 * follow-up question), plus the age band computed from the answers before they go, and when and why the
 * data was erased. Applied twice, it changes nothing more (the age band, once computed, is kept).
 */
export function anonymizedData(lead: Pick<Lead, 'timeline' | 'history' | 'answers' | 'ageBand'>, reason: AnonymizationReason, at: Date) {
  return {
    contact: { email: null, phone: null },
    answers: null,
    profile: [],
    ageBand: ageBandOf(lead.answers) ?? lead.ageBand ?? null,
    closingComment: null,
    history: (lead.history ?? []).map((entry) => ({ ...entry, note: null })),
    idempotencyKey: null,
    requestFingerprint: null,
    timeline: { ...lead.timeline, anonymizedAt: at.toISOString(), anonymizedReason: reason },
  } satisfies Partial<Lead>
}
