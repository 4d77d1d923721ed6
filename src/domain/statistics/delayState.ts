import type { LeadRow } from './rows'

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
 * The statistics' SQL (`plugins/boussole/statistics/delaySql.ts`) writes the same definition; an
 * integration test checks both agree on seeded leads.
 */
export type DelayState = 'in_time' | 'late' | 'overdue' | 'pending'

export const DELAY_STATES: readonly DelayState[] = ['in_time', 'late', 'overdue', 'pending']

export function delayState(lead: LeadRow, now: Date): DelayState {
  const due = time(lead.dueAt)
  const handled = handledAt(lead)
  if (handled) return due === null || handled.getTime() <= due ? 'in_time' : 'late'
  return due !== null && now.getTime() > due ? 'overdue' : 'pending'
}

/** « Hors délai »: still waiting for a first contact (status `nouvelle`) and the delay state `overdue`. */
export const isOverdue = (status: LeadRow['status'] | undefined, delay: DelayState | undefined): boolean => status === 'nouvelle' && delay === 'overdue'
