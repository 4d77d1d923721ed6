import { describe, expect, it } from '@jest/globals'

import { endsBeforeItStarts, isOfferValidOn, validityDay, validOnWhere, type ValidityFields } from '../../src/domain/offers/validity'
import { evaluateWhere } from './fixtures/evaluateWhere'

/** A bound as Payload's day picker, the import and the seed store it: the day at 12:00 UTC. */
const day = (iso: string) => `${iso}T12:00:00.000Z`

describe('isOfferValidOn: calendar days in Europe/Paris, both bounds included (and validOnWhere agrees)', () => {
  it.each<[string, ValidityFields, string, boolean]>([
    ['no bounds', {}, '2026-04-08T10:00:00Z', true],
    ['null bounds', { validFrom: null, validUntil: null }, '2026-04-08T10:00:00Z', true],
    ['on its last day, in the morning', { validUntil: day('2026-04-08') }, '2026-04-08T06:00:00Z', true],
    ['on its last day, in the evening (after the stored noon)', { validUntil: day('2026-04-08') }, '2026-04-08T20:00:00Z', true],
    ['on its last day, 23:59 in Paris (21:59 UTC, summer time)', { validUntil: day('2026-04-08') }, '2026-04-08T21:59:59Z', true],
    ['the next day, 00:30 in Paris (still the 8th in UTC)', { validUntil: day('2026-04-08') }, '2026-04-08T22:30:00Z', false],
    ['the day after its last day', { validUntil: day('2026-04-08') }, '2026-04-09T10:00:00Z', false],
    ['on its first day, 00:30 in Paris (still the day before in UTC)', { validFrom: day('2026-03-01') }, '2026-02-28T23:30:00Z', true],
    ['on its first day, in the morning (before the stored noon)', { validFrom: day('2026-03-01') }, '2026-03-01T08:00:00Z', true],
    ['the day before its first day, 23:30 in Paris', { validFrom: day('2026-03-01') }, '2026-02-28T22:30:00Z', false],
    ['inside a span', { validFrom: day('2026-03-01'), validUntil: day('2026-04-08') }, '2026-03-20T12:00:00Z', true],
    ['a one-day span, on that day', { validFrom: day('2026-06-01'), validUntil: day('2026-06-01') }, '2026-06-01T18:00:00Z', true],
    ['a bound given as a Date', { validUntil: new Date(day('2026-12-31')) }, '2026-12-31T22:59:00Z', true],
    ['winter time: the next day starts at 23:00 UTC', { validUntil: day('2026-12-31') }, '2026-12-31T23:00:00Z', false],
  ])('%s', (_case, offer, at, valid) => {
    expect(isOfferValidOn(offer, new Date(at))).toBe(valid)
    const doc = {
      validFrom: offer.validFrom ? new Date(offer.validFrom).toISOString() : null,
      validUntil: offer.validUntil ? new Date(offer.validUntil).toISOString() : null,
    }
    expect(evaluateWhere(validOnWhere(new Date(at)), doc)).toBe(valid)
  })
})

describe('validityDay: the Paris day of an instant', () => {
  it.each([
    ['2026-04-08T21:59:59Z', '2026-04-08'],
    ['2026-04-08T22:00:00Z', '2026-04-09'],
    ['2026-01-15T23:30:00Z', '2026-01-16'],
    ['2026-01-15T22:59:00Z', '2026-01-15'],
  ])('%s → %s', (at, expected) => {
    expect(validityDay(new Date(at))).toBe(expected)
  })
})

describe('endsBeforeItStarts: bounds in the wrong order', () => {
  it.each<[string, ValidityFields, boolean]>([
    ['no bounds', {}, false],
    ['only a start', { validFrom: day('2026-09-01') }, false],
    ['only an end', { validUntil: day('2026-06-01') }, false],
    ['an end before the start', { validFrom: day('2026-09-01'), validUntil: day('2026-06-01') }, true],
    ['a one-day offer', { validFrom: day('2026-06-01'), validUntil: day('2026-06-01') }, false],
    ['the same Paris day written at two instants', { validFrom: '2026-06-01T20:00:00Z', validUntil: '2026-06-01T05:00:00Z' }, false],
    ['the end the Paris day before', { validFrom: '2026-06-01T22:30:00Z', validUntil: '2026-06-01T12:00:00Z' }, true],
  ])('%s → %s', (_case, offer, expected) => {
    expect(endsBeforeItStarts(offer)).toBe(expected)
  })
})
