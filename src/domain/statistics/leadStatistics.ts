import { LEAD_OUTCOMES, type LeadOutcome } from '@/domain/leads/leadStatus'

import { calendarDaysBetween, weekKeysBetween } from './calendar'
import { DELAY_STATES, delayState, isOverdue, type DelayState } from './delayState'
import type { LeadRow, Period } from './rows'
import { shareOf } from './shares'
import { isOverdueTally, sumOf, type LeadTally } from './tallies'

export { delayState, handledAt, type DelayState } from './delayState'

/**
 * Statistics on leads, as pure functions over tallies (`tallies.ts`: counted groups of leads) or, for what
 * is listed one by one (the inbox, the overdue leads per organisation), over plain rows (`rows.ts`). Every
 * figure a dashboard or a CSV shows comes from here, so they always agree.
 */

/** True when the lead is still waiting for a first contact and its due date has passed. */
export const isOverdueNow = (lead: LeadRow, now: Date): boolean => isOverdue(lead.status, delayState(lead, now))

/** Leads « hors délai » right now (still new, due date passed). */
export const countOverdueNow = (leads: readonly LeadRow[], now: Date): number => leads.filter((lead) => isOverdueNow(lead, now)).length

/** Leads closed (whatever their outcome). */
export const countClosed = (tallies: readonly LeadTally[]): number => sumOf(tallies, (tally) => tally.status === 'cloturee')

/** Leads « hors délai » now, counted (still new, due date passed). */
export const countOverdueTallies = (tallies: readonly LeadTally[]): number => sumOf(tallies, isOverdueTally)

export interface DelayShare {
  inTime: number
  late: number
  overdue: number
  pending: number
  /** Leads whose fate is known: in time + late + overdue. */
  measured: number
  /** inTime / measured, or null when nothing can be measured yet. */
  share: number | null
}

/** Share of leads handled (taken or closed) within the committed delay; leads still within it are left out. */
export function handledWithinDelayShare(tallies: readonly LeadTally[]): DelayShare {
  const counts = Object.fromEntries(DELAY_STATES.map((state) => [state, sumOf(tallies, (tally) => tally.delay === state)])) as Record<DelayState, number>
  const measured = counts.in_time + counts.late + counts.overdue
  return {
    inTime: counts.in_time,
    late: counts.late,
    overdue: counts.overdue,
    pending: counts.pending,
    measured,
    share: shareOf(counts.in_time, measured),
  }
}

export interface WeekCount {
  week: string
  count: number
}

/** Leads created per Paris week (keyed by Monday), every week of the period present, zeros included; other weeks ignored. */
export function leadsPerWeek(tallies: readonly LeadTally[], period: Period): WeekCount[] {
  const counts = new Map(weekKeysBetween(period.from, new Date(period.to.getTime() - 1)).map((week) => [week, 0]))
  for (const { week, count } of tallies) if (week !== undefined && counts.has(week)) counts.set(week, counts.get(week)! + count)
  return [...counts].map(([week, count]) => ({ week, count }))
}

/** Total count per key (e.g. per theme or per commune), largest first, ties by key; `weight` is 1 per row unless given. */
export function countBy<T, K extends string | number>(
  rows: readonly T[],
  key: (row: T) => K | null | undefined,
  weight: (row: T) => number = () => 1,
): { key: K; count: number }[] {
  const counts = new Map<K, number>()
  for (const row of rows) {
    const value = key(row)
    if (value === null || value === undefined) continue
    counts.set(value, (counts.get(value) ?? 0) + weight(row))
  }
  return [...counts]
    .map(([k, count]) => ({ key: k, count }))
    .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key), 'fr', { numeric: true }))
}

export interface OutcomeCount {
  outcome: LeadOutcome
  label: string
  count: number
}

/** Leads per theme, the largest first. */
export const leadsPerTheme = (tallies: readonly LeadTally[]): { theme: number; count: number }[] =>
  countBy(
    tallies,
    (tally) => tally.theme,
    (tally) => tally.count,
  ).map(({ key, count }) => ({ theme: key, count }))

/** Closed leads per outcome, in the order of the outcome list (every outcome present, zeros included). */
export function outcomeBreakdown(tallies: readonly LeadTally[]): OutcomeCount[] {
  return LEAD_OUTCOMES.map(({ value, label }) => ({
    outcome: value,
    label,
    count: sumOf(tallies, (tally) => tally.status === 'cloturee' && tally.outcome === value),
  }))
}

export interface FollowUpAnswers {
  /** Young people asked « Avez-vous été contacté(e) ? » */
  asked: number
  answered: number
  /** asked and not answered (yet) */
  unanswered: number
  yes: number
  no: number
  /** yes / answered, or null without any answer. */
  yesShare: number | null
}

/** What young people answered to the follow-up question. */
export function followUpAnswers(tallies: readonly LeadTally[]): FollowUpAnswers {
  const asked = sumOf(tallies, (tally) => tally.asked === true)
  const yes = sumOf(tallies, (tally) => tally.answer === 'oui')
  const no = sumOf(tallies, (tally) => tally.answer === 'non')
  const answered = yes + no
  return { asked, answered, unanswered: asked - answered, yes, no, yesShare: shareOf(yes, answered) }
}

export interface OverdueByPartner {
  partner: number
  count: number
  /** Days since the oldest due date passed (Paris calendar days, at least 1 once overdue). */
  maxDaysLate: number
}

/** Leads still new past their due date, per organisation, the most overdue first. */
export function overdueByPartner(leads: readonly LeadRow[], now: Date): OverdueByPartner[] {
  // How late an organisation is, is how late its oldest overdue lead is: one calendar computation per organisation.
  const byPartner = new Map<number, { count: number; oldest: LeadRow }>()
  for (const lead of leads) {
    if (!isOverdueNow(lead, now)) continue
    const entry = byPartner.get(lead.partner)
    if (!entry) byPartner.set(lead.partner, { count: 1, oldest: lead })
    else {
      entry.count += 1
      if (new Date(lead.dueAt!).getTime() < new Date(entry.oldest.dueAt!).getTime()) entry.oldest = lead
    }
  }
  return [...byPartner]
    .map(([partner, { count, oldest }]) => ({ partner, count, maxDaysLate: daysLate(oldest, now) }))
    .sort((a, b) => b.count - a.count || b.maxDaysLate - a.maxDaysLate || a.partner - b.partner)
}

/** How late an overdue lead is, in Paris calendar days after its due day (0 when not overdue). */
export function daysLate(lead: LeadRow, now: Date): number {
  if (!lead.dueAt || now.getTime() <= new Date(lead.dueAt).getTime()) return 0
  return Math.max(1, calendarDaysBetween(lead.dueAt, now))
}
