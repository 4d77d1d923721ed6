import type { LeadOutcome, LeadStatus } from '@/domain/leads/leadStatus'

/**
 * The plain rows every statistic is computed from: what the query layer (`loadRows.ts`) reads from the
 * database, within the caller's perimeter. Dates are ISO strings, relations are ids.
 */
export interface LeadRow {
  id: number
  createdAt: string
  dueAt?: string | null
  status: LeadStatus
  outcome?: LeadOutcome | null
  territory: number
  partner: number
  theme: number
  offer?: number | null
  timeline?: {
    takenAt?: string | null
    closedAt?: string | null
    followUpSentAt?: string | null
    followUpAnsweredAt?: string | null
    contactedAccordingToYoungPerson?: 'oui' | 'non' | null
    anonymizedAt?: string | null
  } | null
}

/** One anonymous search of a young person (no contact data). */
export interface SearchRow {
  createdAt: string
  territory?: number | null
  theme: number
  commune: number
  resultCount: number
}

/** A period [from, to[ (instants). */
export interface Period {
  from: Date
  to: Date
}
