import { describe, expect, it } from '@jest/globals'

import { leadReference } from '../../src/domain/leads/leadReference'

describe('leadReference', () => {
  it.each<[string, string, string]>([
    ['during the year', '2026-11-26T13:05:00.000Z', '2026'],
    ['New Year in Paris, still 31 December in UTC', '2026-12-31T23:30:00.000Z', '2027'],
    ['last minute of the year in Paris', '2026-12-31T22:59:00.000Z', '2026'],
  ])('%s (%s) → BSL-%s-…', (_case, createdAt, year) => {
    expect(leadReference(new Date(createdAt))).toMatch(new RegExp(`^BSL-${year}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$`))
  })

  it('draws a different code each time', () => {
    const references = new Set(Array.from({ length: 50 }, () => leadReference(new Date('2026-11-26T13:05:00.000Z'))))
    expect(references.size).toBeGreaterThan(45)
  })
})
