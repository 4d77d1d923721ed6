import { addCalendarDays, formatCalendarDate, zonedTimeToUtc, type CalendarDate } from '@/domain/shared/timeZone'

import { dayKey, monthKeysBetween, weekKey, weekKeysBetween } from './calendar'
import type { Period } from './rows'

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

const parseDay = (value: string): CalendarDate | null => {
  const match = DAY_PATTERN.exec(value)
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  const check = new Date(Date.UTC(year, month - 1, day))
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null
}

const parisMidnight = (day: CalendarDate): Date => zonedTimeToUtc({ ...day, hour: 0, minute: 0, second: 0, millisecond: 0 })
const calendarOf = (key: string): CalendarDate => parseDay(key)!

/** The last `weeks` Paris weeks, the current one included (from its Monday to the end of today). */
export function lastWeeks(weeks: number, now: Date): Period {
  const monday = addCalendarDays(calendarOf(weekKey(now)), -7 * (weeks - 1))
  return { from: parisMidnight(monday), to: parisMidnight(addCalendarDays(calendarOf(dayKey(now)), 1)) }
}

/** The last `months` Paris months, the current one included. */
export function lastMonths(months: number, now: Date): Period {
  const [year, month] = dayKey(now).split('-').map(Number)
  const first = new Date(Date.UTC(year, month - 1 - (months - 1), 1))
  return {
    from: parisMidnight({ year: first.getUTCFullYear(), month: first.getUTCMonth() + 1, day: 1 }),
    to: parisMidnight(addCalendarDays(calendarOf(dayKey(now)), 1)),
  }
}

/** The longest period a statistic is asked for: ten years, leap days included (a row per week would otherwise be unbounded). */
export const MAX_PERIOD_YEARS = 10
const MAX_PERIOD_MS = MAX_PERIOD_YEARS * 366 * 86_400_000

/**
 * A period from `from` and `to` query values ('YYYY-MM-DD', Paris days, both inclusive), the fallback for
 * what is missing. Returns an error message (French) when a value is malformed or the order is wrong.
 */
export function parsePeriod(from: string | null | undefined, to: string | null | undefined, fallback: Period): Period | { error: string } {
  const fromDay = from ? parseDay(from) : null
  const toDay = to ? parseDay(to) : null
  if (from && !fromDay) return { error: 'Le paramètre « from » doit être une date AAAA-MM-JJ.' }
  if (to && !toDay) return { error: 'Le paramètre « to » doit être une date AAAA-MM-JJ.' }
  const period = {
    from: fromDay ? parisMidnight(fromDay) : fallback.from,
    to: toDay ? parisMidnight(addCalendarDays(toDay, 1)) : fallback.to,
  }
  if (period.from >= period.to) return { error: 'La date de début doit précéder la date de fin.' }
  if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_MS) return { error: `La période ne peut pas dépasser ${MAX_PERIOD_YEARS} ans.` }
  return period
}

/** The query values describing a period (for links: CSV exports of exactly what is shown). */
export function periodParams(period: Period): { from: string; to: string } {
  const lastDay = addCalendarDays(calendarOf(dayKey(period.to)), -1)
  return { from: dayKey(period.from), to: formatCalendarDate(lastDay) }
}

/** A calendar bucket of a period: its key ('YYYY-MM-DD' of a Monday, or 'YYYY-MM') and the instant it starts in Paris. */
export interface CalendarBucket {
  key: string
  start: Date
}

/** The Paris weeks a period touches, each with the instant its Monday starts (the first may start before the period). */
export const weekBuckets = (period: Period): CalendarBucket[] =>
  weekKeysBetween(period.from, new Date(period.to.getTime() - 1)).map((key) => ({ key, start: parisMidnight(calendarOf(key)) }))

/** The Paris months a period touches, each with the instant its first day starts. */
export const monthBuckets = (period: Period): CalendarBucket[] =>
  monthKeysBetween(period.from, new Date(period.to.getTime() - 1)).map((key) => ({ key, start: parisMidnight(calendarOf(`${key}-01`)) }))

/** The first days ('YYYY-MM-01') of the months lying whole within [from, to[ (days 'YYYY-MM-DD'). */
export function fullMonths(months: readonly CalendarBucket[], from: string, to: string): string[] {
  return months
    .map(({ key }) => {
      const [year, month] = key.split('-').map(Number)
      const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
      return { first: `${key}-01`, next }
    })
    .filter(({ first, next }) => first >= from && next <= to)
    .map(({ first }) => first)
}
