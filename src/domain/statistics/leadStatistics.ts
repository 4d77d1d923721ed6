import { LEAD_OUTCOMES, type LeadOutcome } from '@/domain/leads/leadStatus'

import { calendarDaysBetween, weekKey, weekKeysBetween } from './calendar'
import type { LeadRow, Period } from './rows'
import { shareOf } from './shares'

/**
 * Statistics on leads, as pure functions over plain rows (see `rows.ts`). Every figure a dashboard or a
 * CSV shows comes from here, so they always agree.
 */

const time = (value: string | null | undefined): number | null => (value ? new Date(value).getTime() : null)

/** When the organisation first acted on the lead: taken (en cours) or closed, whichever came first. */
export function handledAt(lead: LeadRow): Date | null {
  const times = [time(lead.timeline?.takenAt), time(lead.timeline?.closedAt)].filter((t): t is number => t !== null)
  return times.length ? new Date(Math.min(...times)) : null
}

/**
 * Where a lead stands against the promised delay at `now`:
 * - `in_time`: taken or closed before its due date;
 * - `late`: handled, but after the due date;
 * - `overdue`: not handled and the due date has passed (« hors délai »);
 * - `pending`: not handled yet, still within the delay (not counted in the share).
 */
export type DelayState = 'in_time' | 'late' | 'overdue' | 'pending'

export function delayState(lead: LeadRow, now: Date): DelayState {
  const due = time(lead.dueAt)
  const handled = handledAt(lead)
  if (handled) return due === null || handled.getTime() <= due ? 'in_time' : 'late'
  return due !== null && now.getTime() > due ? 'overdue' : 'pending'
}

/** True when the lead is still waiting for a first contact and its due date has passed. */
export const isOverdueNow = (lead: LeadRow, now: Date): boolean => lead.status === 'nouvelle' && delayState(lead, now) === 'overdue'

/** Leads « hors délai » right now (still new, due date passed). */
export const countOverdueNow = (leads: readonly LeadRow[], now: Date): number => leads.filter((lead) => isOverdueNow(lead, now)).length

/** Leads closed (whatever their outcome). */
export const countClosed = (leads: readonly LeadRow[]): number => leads.filter((lead) => lead.status === 'cloturee').length

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
export function handledWithinDelayShare(leads: readonly LeadRow[], now: Date): DelayShare {
  const counts = { in_time: 0, late: 0, overdue: 0, pending: 0 }
  for (const lead of leads) counts[delayState(lead, now)] += 1
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

/** Leads created per Paris week (keyed by Monday), every week of the period present, zeros included. */
export function leadsPerWeek(leads: readonly LeadRow[], period: Period): WeekCount[] {
  const counts = new Map(weekKeysBetween(period.from, new Date(period.to.getTime() - 1)).map((week) => [week, 0]))
  for (const lead of leads) {
    const created = new Date(lead.createdAt)
    if (created < period.from || created >= period.to) continue
    const week = weekKey(created)
    counts.set(week, (counts.get(week) ?? 0) + 1)
  }
  return [...counts].map(([week, count]) => ({ week, count }))
}

/** Number of rows per key (e.g. per theme or per partner), largest first, ties by key. */
export function countBy<T, K extends string | number>(rows: readonly T[], key: (row: T) => K | null | undefined): { key: K; count: number }[] {
  const counts = new Map<K, number>()
  for (const row of rows) {
    const value = key(row)
    if (value === null || value === undefined) continue
    counts.set(value, (counts.get(value) ?? 0) + 1)
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
export const leadsPerTheme = (leads: readonly LeadRow[]): { theme: number; count: number }[] =>
  countBy(leads, (lead) => lead.theme).map(({ key, count }) => ({ theme: key, count }))

/** Closed leads per outcome, in the order of the outcome list (every outcome present, zeros included). */
export function outcomeBreakdown(leads: readonly LeadRow[]): OutcomeCount[] {
  const closed = leads.filter((lead) => lead.status === 'cloturee')
  return LEAD_OUTCOMES.map(({ value, label }) => ({ outcome: value, label, count: closed.filter((lead) => lead.outcome === value).length }))
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
export function followUpAnswers(leads: readonly LeadRow[]): FollowUpAnswers {
  let asked = 0
  let yes = 0
  let no = 0
  for (const lead of leads) {
    const answer = lead.timeline?.contactedAccordingToYoungPerson
    if (lead.timeline?.followUpSentAt || answer) asked += 1
    if (answer === 'oui') yes += 1
    if (answer === 'non') no += 1
  }
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
  const byPartner = new Map<number, OverdueByPartner>()
  for (const lead of leads) {
    if (!isOverdueNow(lead, now)) continue
    const entry = byPartner.get(lead.partner) ?? { partner: lead.partner, count: 0, maxDaysLate: 0 }
    entry.count += 1
    entry.maxDaysLate = Math.max(entry.maxDaysLate, daysLate(lead, now))
    byPartner.set(lead.partner, entry)
  }
  return [...byPartner.values()].sort((a, b) => b.count - a.count || b.maxDaysLate - a.maxDaysLate || a.partner - b.partner)
}

/** How late an overdue lead is, in Paris calendar days after its due day (0 when not overdue). */
export function daysLate(lead: LeadRow, now: Date): number {
  if (!lead.dueAt || now.getTime() <= new Date(lead.dueAt).getTime()) return 0
  return Math.max(1, calendarDaysBetween(lead.dueAt, now))
}
