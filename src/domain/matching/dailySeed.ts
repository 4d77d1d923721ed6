import { PARIS_TIME_ZONE, formatCalendarDate, localDateTime } from '../shared/timeZone'

/** The calendar day of `now` in the time zone, 'YYYY-MM-DD': the ranking seed changes at local midnight. */
export function dailySeed(now: Date, timeZone: string = PARIS_TIME_ZONE): string {
  return formatCalendarDate(localDateTime(now, timeZone))
}
