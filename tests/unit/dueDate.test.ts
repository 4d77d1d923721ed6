import { describe, expect, it } from '@jest/globals'

import { dueDate, isOverdue, reminderAt } from '../../src/domain/leads/dueDate'

describe('dueDate', () => {
  it.each<[string, string, number, string]>([
    ['plain winter day', '2026-01-15T10:00:00.000Z', 2, '2026-01-17T22:59:59.999Z'],
    ['plain summer day', '2026-06-10T10:00:00.000Z', 3, '2026-06-13T21:59:59.999Z'],
    ['2026-03-28 + 1: due on the day clocks go forward (CEST)', '2026-03-28T10:00:00.000Z', 1, '2026-03-29T21:59:59.999Z'],
    ['2026-10-24 + 1: due on the day clocks go back (CET)', '2026-10-24T10:00:00.000Z', 1, '2026-10-25T22:59:59.999Z'],
    ['created at 01:30 Paris, during the spring change night', '2026-03-29T00:30:00.000Z', 1, '2026-03-30T21:59:59.999Z'],
    ['7 days across the spring change', '2026-03-25T12:00:00.000Z', 7, '2026-04-01T21:59:59.999Z'],
    ['created at 23:30 Paris (winter): still that day', '2026-01-15T22:30:00.000Z', 1, '2026-01-16T22:59:59.999Z'],
    ['created at 00:30 Paris (winter): already the next day in Paris, not in UTC', '2026-01-15T23:30:00.000Z', 1, '2026-01-17T22:59:59.999Z'],
    ['created at 23:30 Paris (summer): still that day', '2026-06-15T21:30:00.000Z', 1, '2026-06-16T21:59:59.999Z'],
    ['created at 00:30 Paris (summer): already the next day in Paris, not in UTC', '2026-06-15T22:30:00.000Z', 2, '2026-06-18T21:59:59.999Z'],
    ['created at 00:00:00.000 Paris', '2026-01-15T23:00:00.000Z', 1, '2026-01-17T22:59:59.999Z'],
    ['created at 23:59:59.999 Paris', '2026-01-15T22:59:59.999Z', 1, '2026-01-16T22:59:59.999Z'],
    ['year rollover', '2026-12-31T12:00:00.000Z', 1, '2027-01-01T22:59:59.999Z'],
    ['leap day', '2028-02-28T12:00:00.000Z', 1, '2028-02-29T22:59:59.999Z'],
  ])('%s', (_label, createdAt, days, expected) => {
    expect(dueDate(new Date(createdAt), days).toISOString()).toBe(expected)
  })

  it.each<[string, string, string]>([
    ['UTC', '2026-01-15T23:30:00.000Z', '2026-01-17T23:59:59.999Z'],
    ['America/New_York', '2026-03-07T12:00:00.000Z', '2026-03-10T03:59:59.999Z'], // Mar 9, 23:59:59.999 EDT (US DST began Mar 8)
  ])('in another time zone (%s)', (timeZone, createdAt, expected) => {
    expect(dueDate(new Date(createdAt), 2, timeZone).toISOString()).toBe(expected)
  })

  it.each([0, 8, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses a delay of %p days', (days) => {
    expect(() => dueDate(new Date('2026-01-15T10:00:00.000Z'), days)).toThrow(RangeError)
  })

  it('explains the allowed delays in French', () => {
    expect(() => dueDate(new Date('2026-01-15T10:00:00.000Z'), 8)).toThrow(
      'Le délai de prise de contact doit être un nombre entier de jours entre 1 et 7 (reçu : 8).',
    )
  })

  it('refuses an invalid creation date', () => {
    expect(() => dueDate(new Date('not a date'), 2)).toThrow(RangeError)
  })
})

describe('reminderAt', () => {
  const due = new Date('2026-03-29T21:59:59.999Z')

  it.each<[number | undefined, string]>([
    [undefined, '2026-03-28T21:59:59.999Z'],
    [24, '2026-03-28T21:59:59.999Z'],
    [2, '2026-03-29T19:59:59.999Z'],
    [0, '2026-03-29T21:59:59.999Z'],
    [1.5, '2026-03-29T20:29:59.999Z'],
  ])('%p hours before', (offsetHours, expected) => {
    expect(reminderAt(due, offsetHours).toISOString()).toBe(expected)
  })

  it.each([-1, Number.NaN])('refuses an offset of %p hours', (offsetHours) => {
    expect(() => reminderAt(due, offsetHours)).toThrow(RangeError)
  })
})

describe('isOverdue', () => {
  const due = new Date('2026-01-17T22:59:59.999Z')

  it.each<[string, boolean]>([
    ['2026-01-17T12:00:00.000Z', false],
    ['2026-01-17T22:59:59.999Z', false],
    ['2026-01-17T23:00:00.000Z', true],
    ['2026-02-01T00:00:00.000Z', true],
  ])('at %s → %s', (now, expected) => {
    expect(isOverdue(due, new Date(now))).toBe(expected)
  })
})
