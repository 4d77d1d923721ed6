import { PARIS_TIME_ZONE } from './timeZone'

const longDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: PARIS_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** « jeudi 26 novembre 2026 »: the calendar day of an instant in Paris, as people read it in an email. */
export const formatFrenchDate = (date: Date | string): string => longDate.format(new Date(date))

/** '2026-11-26': the calendar day in Paris, e.g. to key one digest per day. */
export const parisDay = (date: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: PARIS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)

/** « 1 jour », « 3 jours ». */
export const formatDays = (days: number): string => `${days} jour${days > 1 ? 's' : ''}`
