import { describe, expect, it } from '@jest/globals'

import { freshnessThreshold, isStale, staleOffersWhere, type FreshnessFields } from '../../src/domain/offers/freshness'
import { evaluateWhere } from './fixtures/evaluateWhere'

const NOW = new Date('2026-11-22T10:00:00Z')

describe('freshnessThreshold: six calendar months back', () => {
  it.each([
    ['2026-11-22T10:00:00Z', '2026-05-22T10:00:00.000Z'],
    ['2026-08-31T10:00:00Z', '2026-02-28T10:00:00.000Z'],
    ['2028-08-31T10:00:00Z', '2028-02-29T10:00:00.000Z'],
    ['2026-03-15T00:00:00Z', '2025-09-15T00:00:00.000Z'],
  ])('six months before %s is %s', (now, expected) => {
    expect(freshnessThreshold(new Date(now)).toISOString()).toBe(expected)
  })
})

describe('isStale, and staleOffersWhere selecting exactly the same offers', () => {
  it.each<[string, FreshnessFields, boolean]>([
    ['published, reviewed seven months ago', { status: 'publiee', reviewedAt: '2026-04-22T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z' }, true],
    ['published, reviewed five months ago', { status: 'publiee', reviewedAt: '2026-06-22T10:00:00Z', updatedAt: '2026-06-22T10:00:00Z' }, false],
    ['published, reviewed just before the threshold', { status: 'publiee', reviewedAt: '2026-05-22T09:59:59Z' }, true],
    ['published, reviewed exactly at the threshold', { status: 'publiee', reviewedAt: '2026-05-22T10:00:00Z' }, false],
    ['never reviewed, updated long ago: counts from the update', { status: 'publiee', reviewedAt: null, updatedAt: '2025-01-01T00:00:00Z' }, true],
    ['never reviewed, updated recently', { status: 'publiee', reviewedAt: null, updatedAt: '2026-10-01T00:00:00Z' }, false],
    ['the review decides, not a later update', { status: 'publiee', reviewedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-11-20T00:00:00Z' }, true],
    ['no date at all: nothing to count from', { status: 'publiee', reviewedAt: null, updatedAt: null }, false],
    ['a draft is never to review', { status: 'brouillon', reviewedAt: '2020-01-01T00:00:00Z' }, false],
    ['a submitted offer waits for validation', { status: 'soumise', reviewedAt: '2020-01-01T00:00:00Z' }, false],
    ['an archived offer is gone', { status: 'archivee', reviewedAt: '2020-01-01T00:00:00Z' }, false],
  ])('%s → %s', (_case, offer, stale) => {
    expect(isStale(offer, NOW)).toBe(stale)
    expect(evaluateWhere(staleOffersWhere(NOW), offer as Record<string, unknown>)).toBe(stale)
  })
})
