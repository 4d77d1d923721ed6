import { describe, expect, it } from '@jest/globals'

import { rankOffers, tieBreakKey } from '../../src/domain/matching/rankOffers'
import type { EligibilityRule, EvaluatedOffer } from '../../src/domain/matching/types'

const rule: EligibilityRule = { criterion: 'age', min: 16 }

/** An eligible offer with `matchedCount` matched rules. */
function offer(id: string | number, matchedCount: number, subThemeOrder: number): EvaluatedOffer {
  const matched = Array.from({ length: matchedCount }, () => rule)
  return { id, rules: matched, subThemeOrder, partnerId: `partner-${id}`, match: { eligible: true, matched, failed: [], unknown: [] } }
}

const ids = (offers: EvaluatedOffer[]): (string | number)[] => offers.map((candidate) => candidate.id)
const SEEDS = Array.from({ length: 30 }, (_, day) => `2026-06-${String(day + 1).padStart(2, '0')}`)

describe('rankOffers', () => {
  it.each<[string, EvaluatedOffer[], (string | number)[]]>([
    ['more matched rules first', [offer('a', 1, 0), offer('b', 3, 5), offer('c', 2, 0)], ['b', 'c', 'a']],
    ['then the smaller sub-theme order', [offer('a', 2, 3), offer('b', 2, 1), offer('c', 2, 2)], ['b', 'c', 'a']],
    ['specificity beats sub-theme order', [offer('a', 1, 0), offer('b', 2, 9)], ['b', 'a']],
    ['nothing to rank', [], []],
  ])('%s', (_label, offers, expected) => {
    expect(ids(rankOffers(offers, '2026-06-01'))).toEqual(expected)
  })

  it('breaks ties with the seeded hash of the offer id', () => {
    const tied = [offer(1, 1, 0), offer(2, 1, 0), offer(3, 1, 0)]
    const expected = [...tied].sort((a, b) => tieBreakKey('seed', a.id) - tieBreakKey('seed', b.id))
    expect(ids(rankOffers(tied, 'seed'))).toEqual(ids(expected))
  })

  it('always gives the same order for the same seed, whatever the input order', () => {
    const offers = [offer(10, 1, 0), offer(11, 1, 0), offer(12, 1, 0), offer(13, 2, 0)]
    for (const seed of SEEDS) {
      const order = ids(rankOffers(offers, seed))
      expect(ids(rankOffers([...offers].reverse(), seed))).toEqual(order)
      expect(ids(rankOffers(offers, seed))).toEqual(order)
      expect(order[0]).toBe(13)
    }
  })

  it.each<[string | number, string | number]>([
    [1, 2],
    ['offre-a', 'offre-b'],
    [41, 42],
  ])('lets each of two tied offers (%j, %j) come first at least once over 30 seeds', (left, right) => {
    const firsts = SEEDS.map((seed) => rankOffers([offer(left, 1, 0), offer(right, 1, 0)], seed)[0].id)
    expect(firsts).toContain(left)
    expect(firsts).toContain(right)
  })

  it('does not mutate its input and keeps extra fields', () => {
    const offers = [
      { ...offer('a', 1, 2), title: 'A' },
      { ...offer('b', 1, 1), title: 'B' },
    ]
    const ranked = rankOffers(offers, 'seed')
    expect(ids(offers)).toEqual(['a', 'b'])
    expect(ranked.map((candidate) => candidate.title)).toEqual(['B', 'A'])
  })
})
