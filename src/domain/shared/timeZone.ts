/**
 * Minimal time-zone arithmetic on top of Intl.DateTimeFormat (no dependency).
 * Offsets are read from the runtime's time-zone database, so daylight saving
 * time changes are handled for any IANA zone, 'Europe/Paris' by default.
 */

export const PARIS_TIME_ZONE = 'Europe/Paris'

export interface CalendarDate {
  year: number
  /** 1–12 */
  month: number
  day: number
}

export interface LocalDateTime extends CalendarDate {
  hour: number
  minute: number
  second: number
  millisecond: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function assertValidDate(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError("La date fournie n'est pas valide.")
}

/** The wall-clock date and time of an instant in a time zone. */
export function localDateTime(date: Date, timeZone: string = PARIS_TIME_ZONE): LocalDateTime {
  assertValidDate(date)
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  )
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: date.getUTCMilliseconds(),
  }
}

const wallClockAsUtc = (local: LocalDateTime): number =>
  Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond)

/** Offset of the time zone from UTC at that instant, in milliseconds (Paris: +1 h in winter, +2 h in summer). */
export function timeZoneOffsetMs(date: Date, timeZone: string = PARIS_TIME_ZONE): number {
  return wallClockAsUtc(localDateTime(date, timeZone)) - date.getTime()
}

/**
 * The instant at which the wall clock of the time zone shows `local`.
 * Two passes settle the offset across a DST change; a wall-clock time that
 * does not exist (spring-forward gap) resolves with the offset before the change.
 */
export function zonedTimeToUtc(local: LocalDateTime, timeZone: string = PARIS_TIME_ZONE): Date {
  const asUtc = wallClockAsUtc(local)
  const firstOffset = timeZoneOffsetMs(new Date(asUtc), timeZone)
  const secondOffset = timeZoneOffsetMs(new Date(asUtc - firstOffset), timeZone)
  return new Date(asUtc - secondOffset)
}

/** Calendar arithmetic, independent of any time zone (2026-02-28 + 1 → 2026-03-01). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() }
}

/** 'YYYY-MM-DD'. */
export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return [String(year).padStart(4, '0'), String(month).padStart(2, '0'), String(day).padStart(2, '0')].join('-')
}
