import { addCalendarDays, formatCalendarDate, localDateTime, PARIS_TIME_ZONE, zonedTimeToUtc } from '@/domain/shared/timeZone'

import type { WhereShape } from './whereShape'

/**
 * An offer's validity is a span of calendar days, both ends included, read in Europe/Paris: an offer valid
 * until 8 April is shown all of 8 April and gone on the 9th. `validFrom`/`validUntil` are day-only date
 * fields (Payload's day picker, the import and the seed store a day at 12:00 UTC); their day is the Paris
 * day of that instant, and « today » is the Paris day of now.
 */
export interface ValidityFields {
  validFrom?: string | Date | null
  validUntil?: string | Date | null
}

/** The validity bounds as Paris days ('YYYY-MM-DD', comparable as strings); null: no bound. */
export interface ValidityDays {
  fromDay: string | null
  untilDay: string | null
}

/** The Paris day of an instant, as the validity rules compare it ('YYYY-MM-DD'). */
export const validityDay = (at: Date): string => formatCalendarDate(localDateTime(at, PARIS_TIME_ZONE))

const dayOf = (value: string | Date | null | undefined): string | null => (value ? validityDay(new Date(value)) : null)

export const validityDays = (offer: ValidityFields): ValidityDays => ({ fromDay: dayOf(offer.validFrom), untilDay: dayOf(offer.validUntil) })

/** Whether bounds already read as days include `day` ('YYYY-MM-DD' in Paris): for the in-memory catalogue. */
export const isValidOnDay = ({ fromDay, untilDay }: ValidityDays, day: string): boolean =>
  (fromDay === null || fromDay <= day) && (untilDay === null || day <= untilDay)

/** Whether the last day of validity comes before the first (same-day bounds are a one-day offer). */
export function endsBeforeItStarts(offer: ValidityFields): boolean {
  const { fromDay, untilDay } = validityDays(offer)
  return fromDay !== null && untilDay !== null && untilDay < fromDay
}

/** Whether the offer is valid on the Paris day of `at`. */
export const isOfferValidOn = (offer: ValidityFields, at: Date): boolean => isValidOnDay(validityDays(offer), validityDay(at))

/** The instant the Paris day of `at` starts (00:00 in Paris). */
export function startOfParisDay(at: Date): Date {
  const { year, month, day } = localDateTime(at, PARIS_TIME_ZONE)
  return zonedTimeToUtc({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, PARIS_TIME_ZONE)
}

/** The instant the next Paris day starts. */
function startOfNextParisDay(at: Date): Date {
  const next = addCalendarDays(localDateTime(at, PARIS_TIME_ZONE), 1)
  return zonedTimeToUtc({ ...next, hour: 0, minute: 0, second: 0, millisecond: 0 }, PARIS_TIME_ZONE)
}

/**
 * The same rule as `isOfferValidOn`, as a query: a start at or before the end of the Paris day, an end at
 * or after its beginning (so any instant stored for a bound's day counts as that day).
 */
export function validOnWhere(at: Date): WhereShape {
  return {
    and: [
      { or: [{ validFrom: { exists: false } }, { validFrom: { less_than: startOfNextParisDay(at).toISOString() } }] },
      { or: [{ validUntil: { exists: false } }, { validUntil: { greater_than_equal: startOfParisDay(at).toISOString() } }] },
    ],
  }
}
