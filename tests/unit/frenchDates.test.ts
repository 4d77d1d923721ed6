import { describe, expect, it } from '@jest/globals'

import { formatDateTime, formatLongDate, formatShortDate, formatWeekdayAndDay, parisDateTime, parisDay, parisMonth } from '../../src/domain/shared/frenchDates'

/** [case, instant, long date, short date, date and time, weekday and day, Paris day, Paris date-time, Paris month] */
// prettier-ignore
const CASES: [string, string, string, string, string, string, string, string, string][] = [
  ['winter afternoon (UTC+1)', '2026-11-26T13:05:00.000Z', 'jeudi 26 novembre 2026', '26/11/2026', '26/11/2026 14:05', 'jeu. 26/11', '2026-11-26', '2026-11-26 14:05', '2026-11'],
  ['last minute of the Paris day', '2026-11-26T22:59:59.000Z', 'jeudi 26 novembre 2026', '26/11/2026', '26/11/2026 23:59', 'jeu. 26/11', '2026-11-26', '2026-11-26 23:59', '2026-11'],
  ['Paris midnight, still the day before in UTC', '2026-11-26T23:00:00.000Z', 'vendredi 27 novembre 2026', '27/11/2026', '27/11/2026 00:00', 'ven. 27/11', '2026-11-27', '2026-11-27 00:00', '2026-11'],
  ['next month in Paris, not yet in UTC', '2026-11-30T23:30:00.000Z', 'mardi 1 décembre 2026', '01/12/2026', '01/12/2026 00:30', 'mar. 01/12', '2026-12-01', '2026-12-01 00:30', '2026-12'],
  ['next year in Paris, not yet in UTC', '2026-12-31T23:15:00.000Z', 'vendredi 1 janvier 2027', '01/01/2027', '01/01/2027 00:15', 'ven. 01/01', '2027-01-01', '2027-01-01 00:15', '2027-01'],
  ['UTC midnight is 1 a.m. in Paris, same day', '2026-11-26T00:00:00.000Z', 'jeudi 26 novembre 2026', '26/11/2026', '26/11/2026 01:00', 'jeu. 26/11', '2026-11-26', '2026-11-26 01:00', '2026-11'],
  ['summer night (UTC+2)', '2026-07-14T22:30:00.000Z', 'mercredi 15 juillet 2026', '15/07/2026', '15/07/2026 00:30', 'mer. 15/07', '2026-07-15', '2026-07-15 00:30', '2026-07'],
  ['spring forward: last minute of winter time', '2026-03-29T00:59:00.000Z', 'dimanche 29 mars 2026', '29/03/2026', '29/03/2026 01:59', 'dim. 29/03', '2026-03-29', '2026-03-29 01:59', '2026-03'],
  ['spring forward: 2:00 becomes 3:00', '2026-03-29T01:00:00.000Z', 'dimanche 29 mars 2026', '29/03/2026', '29/03/2026 03:00', 'dim. 29/03', '2026-03-29', '2026-03-29 03:00', '2026-03'],
  ['fall back: first 2:30 (summer time)', '2026-10-25T00:30:00.000Z', 'dimanche 25 octobre 2026', '25/10/2026', '25/10/2026 02:30', 'dim. 25/10', '2026-10-25', '2026-10-25 02:30', '2026-10'],
  ['fall back: second 2:30 (winter time)', '2026-10-25T01:30:00.000Z', 'dimanche 25 octobre 2026', '25/10/2026', '25/10/2026 02:30', 'dim. 25/10', '2026-10-25', '2026-10-25 02:30', '2026-10'],
  ['midnight of the change day, summer offset', '2026-10-24T22:00:00.000Z', 'dimanche 25 octobre 2026', '25/10/2026', '25/10/2026 00:00', 'dim. 25/10', '2026-10-25', '2026-10-25 00:00', '2026-10'],
  ['an explicit offset', '2026-11-26T00:30:00+01:00', 'jeudi 26 novembre 2026', '26/11/2026', '26/11/2026 00:30', 'jeu. 26/11', '2026-11-26', '2026-11-26 00:30', '2026-11'],
  ['a bare day is that day', '2026-11-26', 'jeudi 26 novembre 2026', '26/11/2026', '26/11/2026 01:00', 'jeu. 26/11', '2026-11-26', '2026-11-26 01:00', '2026-11'],
  ['a bare day in summer', '2026-08-01', 'samedi 1 août 2026', '01/08/2026', '01/08/2026 02:00', 'sam. 01/08', '2026-08-01', '2026-08-01 02:00', '2026-08'],
]

describe('French dates, in Paris time', () => {
  it.each(CASES)('%s (%s)', (_case, instant, long, short, dateTime, weekdayAndDay, day, dayTime, month) => {
    for (const input of [instant, new Date(instant)]) {
      expect(formatLongDate(input)).toBe(long)
      expect(formatShortDate(input)).toBe(short)
      expect(formatDateTime(input)).toBe(dateTime)
      expect(formatWeekdayAndDay(input)).toBe(weekdayAndDay)
      expect(parisDay(input)).toBe(day)
      expect(parisDateTime(input)).toBe(dayTime)
      expect(parisMonth(input)).toBe(month)
    }
  })

  it.each([formatLongDate, formatShortDate, formatDateTime, formatWeekdayAndDay, parisDay, parisDateTime, parisMonth])(
    '%p refuses an invalid date',
    (format) => {
      expect(() => format('pas une date')).toThrow(RangeError)
    },
  )
})
