import type { Lead, Partner } from '@/payload-types'

/** The answer to a successful submission (201), identical when the same Idempotency-Key is replayed. */
export interface SubmittedLead {
  id: number
  reference: string
  dueAt: string
  contactDelayDays: number
  partner: { name: string }
}

export const submittedLead = (lead: Pick<Lead, 'id' | 'reference' | 'dueAt' | 'contactDelayDays'>, partner: Pick<Partner, 'name'>): SubmittedLead => ({
  id: lead.id,
  reference: lead.reference ?? String(lead.id),
  dueAt: lead.dueAt ?? '',
  contactDelayDays: lead.contactDelayDays ?? 0,
  partner: { name: partner.name },
})
