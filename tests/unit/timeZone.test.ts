import { describe, expect, it } from '@jest/globals'

import {
  addCalendarDays,
  formatCalendarDate,
  localDateTime,
  timeZoneOffsetMs,
  zonedTimeToUtc,
  type CalendarDate,
  type LocalDateTime,
} from '../../src/domain/shared/timeZone'

const HOUR = 3_600_000

describe('localDateTime', () => {
  it.each<[string, string | undefined, LocalDateTime]>([
    ['2026-01-15T23:30:00.250Z', undefined, { year: 2026, month: 1, day: 16, hour: 0, minute: 30, second: 0, millisecond: 250 }],
    ['2026-07-01T22:00:00.000Z', undefined, { year: 2026, month: 7, day: 2, hour: 0, minute: 0, second: 0, millisecond: 0 }],
    ['2026-07-01T22:00:00.000Z', 'UTC', { year: 2026, month: 7, day: 1, hour: 22, minute: 0, second: 0, millisecond: 0 }],
  ])('%s in %s', (iso, timeZone, expected) => {
    expect(localDateTime(new Date(iso), timeZone)).toEqual(expected)
  })
})

describe('timeZoneOffsetMs', () => {
  it.each<[string, number]>([
    ['2026-01-15T12:00:00.000Z', HOUR],
    ['2026-07-15T12:00:00.000Z', 2 * HOUR],
    ['2026-03-29T00:59:59.999Z', HOUR], // just before 02:00 CET
    ['2026-03-29T01:00:00.000Z', 2 * HOUR], // 03:00 CEST
    ['2026-10-25T00:59:59.999Z', 2 * HOUR], // just before 03:00 CEST
    ['2026-10-25T01:00:00.000Z', HOUR], // 02:00 CET
  ])('Paris at %s', (iso, expected) => {
    expect(timeZoneOffsetMs(new Date(iso))).toBe(expected)
  })
})

describe('zonedTimeToUtc', () => {
  const at = (year: number, month: number, day: number, hour: number, minute = 0): LocalDateTime => ({
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    millisecond: 0,
  })

  it.each<[LocalDateTime, string]>([
    [at(2026, 1, 15, 12), '2026-01-15T11:00:00.000Z'],
    [at(2026, 7, 15, 12), '2026-07-15T10:00:00.000Z'],
    [at(2026, 3, 29, 1, 30), '2026-03-29T00:30:00.000Z'],
    [at(2026, 3, 29, 3, 30), '2026-03-29T01:30:00.000Z'],
    [at(2026, 3, 29, 2, 30), '2026-03-29T01:30:00.000Z'], // does not exist: offset before the change
    [at(2026, 10, 25, 3, 30), '2026-10-25T02:30:00.000Z'],
    [at(2026, 1, 1, 0), '2025-12-31T23:00:00.000Z'],
  ])('%j', (local, expected) => {
    expect(zonedTimeToUtc(local).toISOString()).toBe(expected)
  })

  it.each(['2026-01-15T11:00:00.000Z', '2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z', '2026-08-01T21:59:59.999Z'])(
    'round-trips %s through localDateTime',
    (iso) => {
      expect(zonedTimeToUtc(localDateTime(new Date(iso))).toISOString()).toBe(iso)
    },
  )
})

describe('addCalendarDays', () => {
  it.each<[CalendarDate, number, CalendarDate]>([
    [{ year: 2026, month: 2, day: 28 }, 1, { year: 2026, month: 3, day: 1 }],
    [{ year: 2028, month: 2, day: 28 }, 1, { year: 2028, month: 2, day: 29 }],
    [{ year: 2026, month: 12, day: 31 }, 1, { year: 2027, month: 1, day: 1 }],
    [{ year: 2026, month: 3, day: 1 }, -1, { year: 2026, month: 2, day: 28 }],
    [{ year: 2026, month: 3, day: 28 }, 7, { year: 2026, month: 4, day: 4 }],
  ])('%j + %p', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toEqual(expected)
  })
})

describe('formatCalendarDate', () => {
  it.each<[CalendarDate, string]>([
    [{ year: 2026, month: 3, day: 9 }, '2026-03-09'],
    [{ year: 2026, month: 12, day: 31 }, '2026-12-31'],
  ])('%j → %s', (date, expected) => {
    expect(formatCalendarDate(date)).toBe(expected)
  })
})
