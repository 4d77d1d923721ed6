import { addCalendarDays, formatCalendarDate } from '@/domain/shared/timeZone'
import { dayKey } from '@/domain/statistics/calendar'
import { daysLate, isOverdueNow } from '@/domain/statistics/leadStatistics'
import type { LeadRow } from '@/domain/statistics/rows'

/**
 * The partner professional's inbox rules: which urgency group a lead belongs to, what the key figures of
 * the inbox count, in which order leads are listed, and how late an overdue lead is shown.
 */

/**
 * Where a lead belongs in a professional's inbox at `now` (Paris calendar days):
 * hors délai first, then due today, due tomorrow, the other new ones, and those in progress.
 */
export type InboxGroup = 'overdue' | 'today' | 'tomorrow' | 'new' | 'in_progress' | 'closed'

export const INBOX_GROUPS: readonly { group: Exclude<InboxGroup, 'closed'>; label: string }[] = [
  { group: 'overdue', label: 'Hors délai' },
  { group: 'today', label: 'À contacter aujourd’hui' },
  { group: 'tomorrow', label: 'À contacter demain' },
  { group: 'new', label: 'Autres nouvelles demandes' },
  { group: 'in_progress', label: 'En cours' },
]

const nextDayKey = (now: Date): string => {
  const [year, month, day] = dayKey(now).split('-').map(Number)
  return formatCalendarDate(addCalendarDays({ year, month, day }, 1))
}

export function inboxGroup(lead: LeadRow, now: Date): InboxGroup {
  if (lead.status === 'cloturee') return 'closed'
  if (lead.status === 'en_cours') return 'in_progress'
  if (isOverdueNow(lead, now)) return 'overdue'
  if (lead.dueAt && dayKey(lead.dueAt) === dayKey(now)) return 'today'
  if (lead.dueAt && dayKey(lead.dueAt) === nextDayKey(now)) return 'tomorrow'
  return 'new'
}

export interface InboxSummary {
  /** every lead still « nouvelle » (overdue, due today and tomorrow included) */
  nouvelles: number
  enCours: number
  horsDelai: number
  dueToday: number
  dueTomorrow: number
}

export function inboxSummary(leads: readonly LeadRow[], now: Date): InboxSummary {
  const summary: InboxSummary = { nouvelles: 0, enCours: 0, horsDelai: 0, dueToday: 0, dueTomorrow: 0 }
  for (const lead of leads) {
    if (lead.status === 'nouvelle') summary.nouvelles += 1
    const group = inboxGroup(lead, now)
    if (group === 'in_progress') summary.enCours += 1
    if (group === 'overdue') summary.horsDelai += 1
    if (group === 'today') summary.dueToday += 1
    if (group === 'tomorrow') summary.dueTomorrow += 1
  }
  return summary
}

/** The inbox order: by group, then the earliest due date first (the most late first among overdue ones). */
export function sortInbox<T extends LeadRow>(leads: readonly T[], now: Date): T[] {
  const rank = (lead: LeadRow) => INBOX_GROUPS.findIndex((entry) => entry.group === inboxGroup(lead, now))
  const due = (lead: LeadRow) => (lead.dueAt ? new Date(lead.dueAt).getTime() : Number.MAX_SAFE_INTEGER)
  return [...leads].sort((a, b) => rank(a) - rank(b) || due(a) - due(b) || a.id - b.id)
}

/** How late the inbox shows a lead: days past its due day for an overdue lead, 0 otherwise (in progress included). */
export const inboxDaysLate = (lead: LeadRow, now: Date): number => (inboxGroup(lead, now) === 'overdue' ? daysLate(lead, now) : 0)
