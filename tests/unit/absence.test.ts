import { describe, expect, it } from '@jest/globals'

import { absenceError, isAbsentOn, type Absence } from '../../src/domain/partners/absence'

describe('absenceError', () => {
  it.each<[string, Absence | null, string | null]>([
    ['no absence', null, null],
    ['empty group', { from: null, until: null }, null],
    ['one day', { from: '2026-12-02T00:00:00.000Z', until: '2026-12-02T00:00:00.000Z' }, null],
    ['a week', { from: '2026-12-02T00:00:00.000Z', until: '2026-12-09T00:00:00.000Z' }, null],
    ['open-ended', { from: '2026-12-02T00:00:00.000Z', until: null }, null],
    ['Paris midnight stored as 23:00 UTC the day before', { from: '2026-12-01T23:00:00.000Z', until: '2026-12-02T00:00:00.000Z' }, null],
    [
      'until before from',
      { from: '2026-12-09T00:00:00.000Z', until: '2026-12-02T00:00:00.000Z' },
      'Le dernier jour de l’absence doit être le même jour ou après le premier.',
    ],
    ['until without from', { until: '2026-12-02T00:00:00.000Z' }, 'Indiquez aussi le premier jour de l’absence.'],
  ])('%s', (_case, absence, expected) => {
    expect(absenceError(absence)).toBe(expected)
  })
})

describe('isAbsentOn (Paris days, both ends included)', () => {
  const week: Absence = { from: '2026-12-07T00:00:00.000Z', until: '2026-12-11T00:00:00.000Z' }
  it.each<[string, Absence | null, string, boolean]>([
    ['no absence', null, '2026-12-08T10:00:00.000Z', false],
    ['no first day', { from: null, until: '2026-12-11T00:00:00.000Z' }, '2026-12-08T10:00:00.000Z', false],
    ['the day before', week, '2026-12-06T12:00:00.000Z', false],
    ['first day, Paris 00:30 (still the 6th in UTC)', week, '2026-12-06T23:30:00.000Z', true],
    ['in the middle', week, '2026-12-09T12:00:00.000Z', true],
    ['last day, late evening in Paris', week, '2026-12-11T22:30:00.000Z', true],
    ['the day after, Paris 00:30', week, '2026-12-11T23:30:00.000Z', false],
    ['open-ended, long after', { from: '2026-12-07T00:00:00.000Z' }, '2027-03-01T12:00:00.000Z', true],
    ['given a Date', week, '2026-12-08T10:00:00.000Z', true],
  ])('%s', (_case, absence, day, expected) => {
    expect(isAbsentOn(absence, _case === 'given a Date' ? new Date(day) : day)).toBe(expected)
  })
})
