import { formatCalendarDate, localDateTime, PARIS_TIME_ZONE } from './timeZone'

/**
 * Every date and time the service shows or writes, always in Paris time (the server's own zone never
 * matters). Inputs are instants: a Date or an ISO string; a bare day 'YYYY-MM-DD' is read as UTC midnight,
 * which is that same day in Paris (Paris is always ahead of UTC).
 */
type Instant = Date | string

const two = (value: number): string => String(value).padStart(2, '0')
const parisClock = (date: Instant) => localDateTime(new Date(date), PARIS_TIME_ZONE)

const longDate = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const weekdayShort = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, weekday: 'short' })

/** « jeudi 26 novembre 2026 »: a day as people read it in an email or a page. */
export const formatLongDate = (date: Instant): string => longDate.format(new Date(date))

/** « 26/11/2026 ». */
export function formatShortDate(date: Instant): string {
  const { year, month, day } = parisClock(date)
  return `${two(day)}/${two(month)}/${year}`
}

/** « 26/11/2026 14:05 ». */
export function formatDateTime(date: Instant): string {
  const { hour, minute } = parisClock(date)
  return `${formatShortDate(date)} ${two(hour)}:${two(minute)}`
}

/** « jeu. 26/11 »: a day of the current weeks, in a dashboard. */
export function formatWeekdayAndDay(date: Instant): string {
  const { month, day } = parisClock(date)
  return `${weekdayShort.format(new Date(date))} ${two(day)}/${two(month)}`
}

/** '2026-11-26': the calendar day in Paris (keys, exports, open data, file names). */
export const parisDay = (date: Instant): string => formatCalendarDate(parisClock(date))

/** '2026-11': the calendar month in Paris (e.g. « once a month » keys). */
export const parisMonth = (date: Instant): string => parisDay(date).slice(0, 7)

/** '2026-11-26 14:05': a Paris date and time in exported files (sorts as text). */
export function parisDateTime(date: Instant): string {
  const { hour, minute } = parisClock(date)
  return `${parisDay(date)} ${two(hour)}:${two(minute)}`
}
