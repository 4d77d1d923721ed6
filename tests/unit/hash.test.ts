import { describe, expect, it } from '@jest/globals'

import { hash32 } from '../../src/domain/matching/hash'

describe('hash32', () => {
  it.each(['', 'a', '2026-05-04:1', 'Boussole — été'])('is a stable unsigned 32-bit integer for %j', (text) => {
    const value = hash32(text)
    expect(value).toBe(hash32(text))
    expect(Number.isInteger(value)).toBe(true)
    expect(value).toBeGreaterThanOrEqual(0)
    expect(value).toBeLessThan(2 ** 32)
  })

  it.each<[string, string]>([
    ['2026-05-04:1', '2026-05-04:2'],
    ['a', 'b'],
    ['2026-05-04:1', '2026-05-05:1'],
  ])('differs for %j and %j', (left, right) => {
    expect(hash32(left)).not.toBe(hash32(right))
  })

  it('spreads consecutive ids over the whole range (top bit set about half the time)', () => {
    const highs = Array.from({ length: 1000 }, (_, id) => hash32(`seed:${id}`) >= 2 ** 31).filter(Boolean).length
    expect(highs).toBeGreaterThan(400)
    expect(highs).toBeLessThan(600)
  })
})
