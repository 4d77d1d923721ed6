import { describe, expect, it } from '@jest/globals'

import type { Perimeter } from '../../src/domain/accounts/perimeter'
import { addCalendarMonths, isPausedOnDay, mayPauseOffer, pauseDay, pausedOfferMessage, pauseError, type PausedUntil } from '../../src/domain/offers/pause'

describe('isPausedOnDay: paused until a Paris day, that day included', () => {
  it.each<[string, PausedUntil, string, boolean]>([
    ['not paused (null)', null, '2026-12-02', false],
    ['not paused (undefined)', undefined, '2026-12-02', false],
    ['not paused (empty)', '', '2026-12-02', false],
    ['a day before its last day', '2026-12-15', '2026-12-14', true],
    ['on its last day', '2026-12-15', '2026-12-15', true],
    ['the day after: back by itself', '2026-12-15', '2026-12-16', false],
    ['stored as the day at 12:00 UTC, on that day', '2026-12-15T12:00:00.000Z', '2026-12-15', true],
    ['stored as the day at 12:00 UTC, the next day', '2026-12-15T12:00:00.000Z', '2026-12-16', false],
    ['stored at 23:30 UTC: already the next Paris day', '2026-12-15T23:30:00.000Z', '2026-12-16', true],
    ['given as a Date', new Date('2027-01-10T12:00:00.000Z'), '2027-01-10', true],
    ['a past pause', '2026-11-30', '2026-12-02', false],
    ['a damaged value', 'not-a-date', '2026-12-02', false],
  ])('%s', (_case, pausedUntil, day, paused) => {
    expect(isPausedOnDay(pausedUntil, day)).toBe(paused)
  })
})

describe('pauseDay: the Paris day of a stored pause', () => {
  it.each<[PausedUntil, string | null]>([
    [null, null],
    ['2026-12-15', '2026-12-15'],
    ['2026-12-15T12:00:00.000Z', '2026-12-15'],
    ['2026-07-14T22:30:00.000Z', '2026-07-15'],
  ])('%s → %s', (value, day) => {
    expect(pauseDay(value)).toBe(day)
  })
})

describe('pauseError: today or a later day, at most 6 months ahead', () => {
  it.each<[string, unknown, string, RegExp | null]>([
    ['today', '2026-12-02', '2026-12-02', null],
    ['tomorrow', '2026-12-03', '2026-12-02', null],
    ['exactly 6 months ahead', '2027-06-02', '2026-12-02', null],
    ['one day past 6 months', '2027-06-03', '2026-12-02', /au plus 6 mois.*2 juin 2027/],
    ['6 months from 31 August ends on 28 February', '2027-02-28', '2026-08-31', null],
    ['one day past that', '2027-03-01', '2026-08-31', /au plus 6 mois/],
    ['yesterday', '2026-12-01', '2026-12-02', /passée/],
    ['not a day', 'demain', '2026-12-02', /Indiquez la date/],
    ['an impossible day', '2027-02-30', '2026-12-02', /Indiquez la date/],
    ['a number', 20261215, '2026-12-02', /Indiquez la date/],
    ['missing', undefined, '2026-12-02', /Indiquez la date/],
    ['an instant instead of a day', '2026-12-15T12:00:00Z', '2026-12-02', /Indiquez la date/],
  ])('%s', (_case, until, today, error) => {
    const message = pauseError({ until, today })
    if (error === null) expect(message).toBeNull()
    else expect(message).toMatch(error)
  })
})

describe('addCalendarMonths: clamped to the end of shorter months', () => {
  it.each([
    ['2026-12-02', 6, '2027-06-02'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-07-15', 6, '2027-01-15'],
  ])('%s + %i → %s', (day, months, expected) => {
    expect(addCalendarMonths(day, months)).toBe(expected)
  })
})

describe('pausedOfferMessage', () => {
  it('says until when, in French, and what to do', () => {
    expect(pausedOfferMessage('2026-12-15')).toBe('Cette offre est complète jusqu’au mardi 15 décembre 2026 : choisis une autre offre.')
  })
})

describe('mayPauseOffer: the organisation and its territory’s staff', () => {
  const offer = { partnerId: 7, territoryId: 3 }
  it.each<[string, Perimeter, boolean]>([
    ['an administrator', { kind: 'all' }, true],
    ['the animator of the territory', { kind: 'territories', territoryIds: [1, 3] }, true],
    ['an animator of another territory', { kind: 'territories', territoryIds: [1, 2] }, false],
    ['a professional of the organisation', { kind: 'partner', partnerId: 7, territoryIds: [3] }, true],
    ['a professional of another organisation of the territory', { kind: 'partner', partnerId: 8, territoryIds: [3] }, false],
    ['nobody', { kind: 'none' }, false],
  ])('%s', (_case, perimeter, allowed) => {
    expect(mayPauseOffer(perimeter, offer)).toBe(allowed)
  })
})
