import { describe, expect, it } from '@jest/globals'

import { dailySeed } from '../../src/domain/matching/dailySeed'

describe('dailySeed', () => {
  it.each<[string, string, string | undefined]>([
    ['2026-01-15T12:00:00.000Z', '2026-01-15', undefined],
    ['2026-01-15T22:59:59.999Z', '2026-01-15', undefined],
    ['2026-01-15T23:00:00.000Z', '2026-01-16', undefined], // midnight in Paris (UTC+1)
    ['2026-07-14T21:59:59.999Z', '2026-07-14', undefined],
    ['2026-07-14T22:00:00.000Z', '2026-07-15', undefined], // midnight in Paris (UTC+2)
    ['2026-12-31T23:30:00.000Z', '2027-01-01', undefined],
    ['2026-01-15T23:00:00.000Z', '2026-01-15', 'UTC'],
    ['2026-01-15T03:00:00.000Z', '2026-01-14', 'America/New_York'],
  ])('%s → %s (%s)', (iso, expected, timeZone) => {
    expect(dailySeed(new Date(iso), timeZone)).toBe(expected)
  })

  it('refuses an invalid date', () => {
    expect(() => dailySeed(new Date('nope'))).toThrow(RangeError)
  })
})
