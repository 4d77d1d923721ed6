import { parisDay } from '../shared/frenchDates'

/**
 * A member's absence, as recorded on their own account (users.absence): two days, both included.
 * Stored values are instants (Payload date fields); only their Paris calendar day counts.
 */
export interface Absence {
  from?: string | Date | null
  until?: string | Date | null
}

type Instant = string | Date

/** The French message refusing an absence, or null when it is acceptable (empty, open-ended, or until ≥ from). */
const notADate = (value: unknown): boolean => Boolean(value) && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))

export function absenceError(absence: Absence | null | undefined): string | null {
  if (notADate(absence?.from) || notADate(absence?.until)) return 'Indiquez les jours d’absence au format jj/mm/aaaa.'
  const from = absence?.from ? parisDay(absence.from) : null
  const until = absence?.until ? parisDay(absence.until) : null
  if (until && !from) return 'Indiquez aussi le premier jour de l’absence.'
  if (from && until && until < from) return 'Le dernier jour de l’absence doit être le même jour ou après le premier.'
  return null
}

/**
 * Whether the member is absent on that day (Paris calendar day of `day`), both ends included.
 * No first day → not absent; no last day → absent from the first day on, until they clear it.
 */
export function isAbsentOn(absence: Absence | null | undefined, day: Instant): boolean {
  if (!absence?.from) return false
  const today = parisDay(day)
  if (today < parisDay(absence.from)) return false
  return !absence.until || today <= parisDay(absence.until)
}
