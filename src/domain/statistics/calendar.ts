import { parisDay, parisMonth } from '@/domain/shared/frenchDates'
import { addCalendarDays, formatCalendarDate, localDateTime, PARIS_TIME_ZONE, type CalendarDate } from '@/domain/shared/timeZone'

/**
 * Calendar keys in Paris time: statistics group by the day, week and month people live in, not UTC.
 * A week is keyed by its Monday ('2026-11-16'), a month by 'YYYY-MM'.
 */

const toCalendar = (date: Date | string): CalendarDate => {
  const { year, month, day } = localDateTime(new Date(date), PARIS_TIME_ZONE)
  return { year, month, day }
}

/** 'YYYY-MM-DD' of the instant in Paris. */
export const dayKey = (date: Date | string): string => parisDay(date)

/** Monday of the Paris week of the instant, as 'YYYY-MM-DD'. */
export function weekKey(date: Date | string): string {
  const day = toCalendar(date)
  const weekday = (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7 // Monday = 0
  return formatCalendarDate(addCalendarDays(day, -weekday))
}

/** 'YYYY-MM' of the instant in Paris. */
export const monthKey = (date: Date | string): string => parisMonth(date)

/** Every week key from the week of `from` to the week of `to` (inclusive), for series without gaps. */
export function weekKeysBetween(from: Date, to: Date): string[] {
  const keys: string[] = []
  const last = weekKey(to)
  let [year, month, day] = weekKey(from).split('-').map(Number)
  for (let key = weekKey(from); key <= last;) {
    keys.push(key)
    ;({ year, month, day } = addCalendarDays({ year, month, day }, 7))
    key = formatCalendarDate({ year, month, day })
  }
  return keys
}

/** Every month key from the month of `from` to the month of `to` (inclusive). */
export function monthKeysBetween(from: Date, to: Date): string[] {
  const keys: string[] = []
  const last = monthKey(to)
  let [year, month] = monthKey(from).split('-').map(Number)
  for (let key = monthKey(from); key <= last;) {
    keys.push(key)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
    key = `${year}-${String(month).padStart(2, '0')}`
  }
  return keys
}

/** Whole calendar days (Paris) from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date | string, to: Date | string): number {
  const a = toCalendar(from)
  const b = toCalendar(to)
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000)
}

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']

/** « nov. 2026 » for '2026-11'. */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-').map(Number)
  return `${MONTHS[month - 1]} ${year}`
}

/** « 16/11 » for the week of Monday '2026-11-16'. */
export function weekLabel(key: string): string {
  const [, month, day] = key.split('-')
  return `${day}/${month}`
}
