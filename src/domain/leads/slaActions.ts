import type { Lead } from '@/payload-types'

import { isOverdue, reminderAt } from './dueDate'

/** The SLA delays the sweep applies (the plugin's `sla` options). */
export interface SlaDelays {
  reminderHoursBeforeDue: number
  followUpDaysAfterDue: number
}

const DAY_MS = 24 * 60 * 60 * 1000

export type SlaLead = Pick<Lead, 'status' | 'dueAt' | 'overdue' | 'contact' | 'timeline'>

export interface SlaActions {
  /** Remind the organisation: the lead is still new, due within `reminderHoursBeforeDue`, never reminded. */
  remind: boolean
  /** The due date passed and the lead is still new: flag it « hors délai » (and escalate). */
  flagOverdue: boolean
  /** `followUpDaysAfterDue` days after the due date: ask the young person whether they were contacted. */
  followUp: boolean
}

export const NO_SLA_ACTION: SlaActions = { remind: false, flagOverdue: false, followUp: false }

/** What the SLA sweep owes a lead at `now`; each action happens once (its timeline date is then set). */
export function slaActions(lead: SlaLead, now: Date, sla: SlaDelays): SlaActions {
  if (!lead.dueAt || lead.timeline?.anonymizedAt) return NO_SLA_ACTION
  const due = new Date(lead.dueAt)
  const stillNew = lead.status === 'nouvelle'
  const late = isOverdue(due, now)
  return {
    remind: stillNew && !late && !lead.timeline?.remindedAt && now.getTime() >= reminderAt(due, sla.reminderHoursBeforeDue).getTime(),
    flagOverdue: stillNew && late && !lead.overdue,
    followUp:
      Boolean(lead.contact?.email || lead.contact?.phone) &&
      !lead.timeline?.followUpSentAt &&
      now.getTime() >= due.getTime() + sla.followUpDaysAfterDue * DAY_MS,
  }
}

export const hasSlaAction = (actions: SlaActions): boolean => actions.remind || actions.flagOverdue || actions.followUp
