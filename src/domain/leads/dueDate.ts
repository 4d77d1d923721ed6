import { PARIS_TIME_ZONE, addCalendarDays, localDateTime, zonedTimeToUtc } from '../shared/timeZone'

export const MIN_CONTACT_DELAY_DAYS = 1
export const MAX_CONTACT_DELAY_DAYS = 7

const HOUR_MS = 60 * 60 * 1000

/**
 * Deadline for a professional to contact a young person: the end of the day
 * (23:59:59.999, local time of `timeZone`) of the local calendar date of
 * `createdAt` plus `contactDelayDays` calendar days. Correct across DST changes.
 * Throws a RangeError unless contactDelayDays is an integer from 1 to 7.
 */
export function dueDate(createdAt: Date, contactDelayDays: number, timeZone: string = PARIS_TIME_ZONE): Date {
  if (!Number.isInteger(contactDelayDays) || contactDelayDays < MIN_CONTACT_DELAY_DAYS || contactDelayDays > MAX_CONTACT_DELAY_DAYS) {
    throw new RangeError(
      `Le délai de prise de contact doit être un nombre entier de jours entre ${MIN_CONTACT_DELAY_DAYS} et ${MAX_CONTACT_DELAY_DAYS} (reçu : ${contactDelayDays}).`,
    )
  }
  const dueDay = addCalendarDays(localDateTime(createdAt, timeZone), contactDelayDays)
  return zonedTimeToUtc({ ...dueDay, hour: 23, minute: 59, second: 59, millisecond: 999 }, timeZone)
}

/** When to remind the professional: `offsetHours` (default 24) before the due date. */
export function reminderAt(due: Date, offsetHours = 24): Date {
  if (!Number.isFinite(offsetHours) || offsetHours < 0) {
    throw new RangeError(`Le délai de rappel doit être un nombre d'heures positif (reçu : ${offsetHours}).`)
  }
  return new Date(due.getTime() - offsetHours * HOUR_MS)
}

/** True once `now` is strictly after the due date. */
export function isOverdue(due: Date, now: Date): boolean {
  return now.getTime() > due.getTime()
}
