import type { LeadOutcome } from '@/domain/leads/leadStatus'
import { countOf, formatDays } from '@/domain/shared/frenchText'
import { addCalendarDays, zonedTimeToUtc, type CalendarDate } from '@/domain/shared/timeZone'

import { dayKey } from './calendar'
import type { Period } from './rows'
import { shareOf } from './shares'

/**
 * Responsiveness in the open: how an organisation (or one of its offers) keeps its promise to call back,
 * over the last 90 Paris days. Shown to the organisation, the animation, the national administration and,
 * in plain words, to young people on the offer page. It does NOT enter the ranking of results: a new or
 * small organisation cannot have the figure yet, and would be pushed down for it.
 *
 * These functions are the definition; the plugin's SQL (`plugins/boussole/statistics/responsiveness.ts`)
 * computes the same aggregates in PostgreSQL, and the integration test checks both agree.
 */
export const RESPONSIVENESS_WINDOW_DAYS = 90
/** Below this many requests in the window the figures would mean nothing: « pas encore assez de demandes ». */
export const MIN_REQUESTS_FOR_RESPONSIVENESS = 5

const HOUR_MS = 3_600_000

export interface TimedLead {
  createdAt: string
  dueAt?: string | null
  outcome?: LeadOutcome | null
  timeline?: { takenAt?: string | null; closedAt?: string | null; movedAt?: string | null } | null
}

const time = (value: string | null | undefined): number | null => (value ? new Date(value).getTime() : null)

/** When the current organisation's wait began: the move that handed it the request, else its creation. */
export const waitStartedAt = (lead: TimedLead): Date => new Date(lead.timeline?.movedAt ?? lead.createdAt)

/**
 * Closed by the young person themself (« je n'en ai plus besoin » on their page): outcome « plus
 * intéressé(e) » and never taken. Not an action of the organisation: it is no first action.
 */
export const isClosedByYoungPerson = (lead: TimedLead): boolean =>
  lead.outcome === 'pas_interessee' && !lead.timeline?.takenAt && Boolean(lead.timeline?.closedAt)

/** Earliest of `instants` at or after `from` (actions before a move belong to the previous organisation). */
function earliestFrom(from: number, instants: (number | null)[]): Date | null {
  const after = instants.filter((t): t is number => t !== null && t >= from)
  return after.length ? new Date(Math.min(...after)) : null
}

/** The organisation's first action on the request since its wait began: taken or closed, whichever came first. */
export function firstActionAt(lead: TimedLead): Date | null {
  const closed = isClosedByYoungPerson(lead) ? null : time(lead.timeline?.closedAt)
  return earliestFrom(waitStartedAt(lead).getTime(), [time(lead.timeline?.takenAt), closed])
}

/**
 * Against the committed delay, at `now`: `in_time` (first action ≤ dueAt), `late` (first action after it,
 * or still waiting — or closed by the young person — once dueAt has passed), `left_out` (still waiting
 * before dueAt, or closed by the young person before it: the organisation's fate is not known).
 */
export type PromiseState = 'in_time' | 'late' | 'left_out'

export function promiseState(lead: TimedLead, now: Date): PromiseState {
  const due = time(lead.dueAt)
  const first = firstActionAt(lead)
  if (first) return due === null || first.getTime() <= due ? 'in_time' : 'late'
  const waitEnded = time(lead.timeline?.closedAt) ?? now.getTime()
  return due !== null && waitEnded > due ? 'late' : 'left_out'
}

/** Hours from the start of the wait to the first action, or null when there was none. */
export function hoursToFirstAction(lead: TimedLead): number | null {
  const first = firstActionAt(lead)
  return first ? (first.getTime() - waitStartedAt(lead).getTime()) / HOUR_MS : null
}

/** The median (mean of the two middle values for an even count, as PostgreSQL's percentile_cont(0.5)), null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** The last 90 Paris days, today included: requests whose wait began within it are counted. */
export function responsivenessWindow(now: Date): Period {
  const [year, month, day] = dayKey(now).split('-').map(Number)
  const today: CalendarDate = { year, month, day }
  const midnight = (date: CalendarDate) => zonedTimeToUtc({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 })
  return { from: midnight(addCalendarDays(today, -(RESPONSIVENESS_WINDOW_DAYS - 1))), to: midnight(addCalendarDays(today, 1)) }
}

/** What is counted for an offer, an organisation or a territory (from rows here, from SQL in the plugin). */
export interface ResponsivenessCounts {
  requests: number
  inTime: number
  late: number
  /** median hours to first action, over the requests that had one */
  medianHours: number | null
}

/** The counts of requests whose wait began within the window. */
export function responsivenessCounts(leads: readonly TimedLead[], now: Date): ResponsivenessCounts {
  const window = responsivenessWindow(now)
  const counted = leads.filter((lead) => {
    const start = waitStartedAt(lead).getTime()
    return start >= window.from.getTime() && start < window.to.getTime()
  })
  const states = counted.map((lead) => promiseState(lead, now))
  return {
    requests: counted.length,
    inTime: states.filter((state) => state === 'in_time').length,
    late: states.filter((state) => state === 'late').length,
    medianHours: median(counted.map(hoursToFirstAction).filter((hours): hours is number => hours !== null)),
  }
}

/** The figures as shown: only once there are enough requests. */
export type Responsiveness = { enough: false; requests: number } | { enough: true; requests: number; inTimeShare: number | null; medianHours: number | null }

export function responsiveness(counts: ResponsivenessCounts): Responsiveness {
  if (counts.requests < MIN_REQUESTS_FOR_RESPONSIVENESS) return { enough: false, requests: counts.requests }
  return { enough: true, requests: counts.requests, inTimeShare: shareOf(counts.inTime, counts.inTime + counts.late), medianHours: counts.medianHours }
}

/** « pas encore assez de demandes (3 sur 90 jours) » */
export const notEnoughRequestsText = (requests: number): string => `pas encore assez de demandes (${requests} sur ${RESPONSIVENESS_WINDOW_DAYS} jours)`

/** Whole days, rounded up, at least one: 20 h → 1, 25 h → 2. */
export const wholeDaysUp = (hours: number): number => Math.max(1, Math.ceil(hours / 24))

/** A median time in a table: « 5 heures » under two days, then « 3 jours » (rounded up); « — » when none. */
export function medianTimeText(hours: number | null): string {
  if (hours === null) return '—'
  if (hours < 48) return countOf(Math.max(1, Math.ceil(hours)), 'heure')
  return formatDays(wholeDaysUp(hours))
}

/**
 * The plain words for a young person: « répond en général dans la journée », « répond en général sous
 * 2 jours »; null when there are not enough requests (or none was answered yet): then nothing is said.
 */
export function responsivenessPhrase(figure: Responsiveness): string | null {
  if (!figure.enough || figure.medianHours === null) return null
  const days = wholeDaysUp(figure.medianHours)
  return days === 1 ? 'répond en général dans la journée' : `répond en général sous ${formatDays(days)}`
}

/** The offer page's sentence: « Cet organisme répond en général sous 2 jours. », or null (nothing shown). */
export function responsivenessSentence(figure: Responsiveness): string | null {
  const phrase = responsivenessPhrase(figure)
  return phrase ? `Cet organisme ${phrase}.` : null
}
