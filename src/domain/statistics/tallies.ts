import type { LeadOutcome, LeadStatus } from '@/domain/leads/leadStatus'

import { monthKey, weekKey } from './calendar'
import { delayState, isOverdue, type DelayState } from './delayState'
import type { LeadRow, SearchRow } from './rows'

/**
 * Counted rows: what the statistics are computed from. The query layer groups leads and searches in
 * PostgreSQL (a year of national activity is a hundred thousand leads and a million searches) and hands
 * over one tally per group, `count` rows that share the dimensions given; a dimension left out of the
 * grouping is absent. Every figure is a sum over tallies, so one lead is simply a tally of 1 (`leadTallyOf`),
 * which is also the definition each SQL grouping must agree with.
 */
export interface LeadTally {
  count: number
  /** Paris month of creation, 'YYYY-MM' */
  month?: string
  /** Monday of the Paris week of creation, 'YYYY-MM-DD' */
  week?: string
  territory?: number
  theme?: number
  status?: LeadStatus
  outcome?: LeadOutcome | null
  /** against the promised delay, at the report's `now` */
  delay?: DelayState
  /** the young person was asked « As-tu été contacté(e) ? » (or answered) */
  asked?: boolean
  answer?: 'oui' | 'non' | null
}

export interface SearchTally {
  count: number
  /** of these searches, those that found no offer at all */
  withoutResults: number
  month?: string
  territory?: number | null
  theme?: number
  commune?: number
}

/** One lead as a tally of 1, every dimension given. */
export function leadTallyOf(lead: LeadRow, now: Date): Required<LeadTally> {
  const answer = lead.timeline?.contactedAccordingToYoungPerson ?? null
  return {
    count: 1,
    month: monthKey(lead.createdAt),
    week: weekKey(lead.createdAt),
    territory: lead.territory,
    theme: lead.theme,
    status: lead.status,
    outcome: lead.outcome ?? null,
    delay: delayState(lead, now),
    asked: Boolean(lead.timeline?.followUpSentAt || answer),
    answer,
  }
}

/** One search as a tally of 1. */
export function searchTallyOf(search: SearchRow): Required<SearchTally> {
  return {
    count: 1,
    withoutResults: search.resultCount === 0 ? 1 : 0,
    month: monthKey(search.createdAt),
    territory: search.territory ?? null,
    theme: search.theme,
    commune: search.commune,
  }
}

/** The sum of the counts of the tallies kept by `keep`. */
export const sumOf = <T extends { count: number }>(tallies: readonly T[], keep: (tally: T) => boolean = () => true): number =>
  tallies.reduce((sum, tally) => (keep(tally) ? sum + tally.count : sum), 0)

/** True for leads still waiting for a first contact past their due date (« hors délai »). */
export const isOverdueTally = (tally: LeadTally): boolean => isOverdue(tally.status, tally.delay)
