import { describe, expect, it } from '@jest/globals'

import { isValidSiret, normalizeSiret } from '../../src/domain/partners/validateSiret'

describe('SIRET validation', () => {
  it.each<[string, string]>([
    ['73282932000074', '73282932000074'],
    ['732 829 320 00074', '73282932000074'],
    [' 443 061 841 00047 ', '44306184100047'],
    ['552\u00a0081\u00a0317\u00a066522', '55208131766522'],
    ['35600000000048', '35600000000048'], // La Poste head office: Luhn
    ['356 000 000 49837', '35600000049837'], // La Poste establishment: digit sum 45, not Luhn
  ])('accepts %j', (input, expected) => {
    expect(normalizeSiret(input)).toBe(expected)
    expect(isValidSiret(input)).toBe(true)
  })

  it.each<[string, string]>([
    ['wrong Luhn key', '73282932000075'],
    ['La Poste establishment whose digit sum is not a multiple of 5', '35600000049838'],
    ['digit sum multiple of 5 outside La Poste', '12345678901234'],
    ['13 digits', '7328293200007'],
    ['15 digits', '732829320000740'],
    ['letters', '7328293200007A'],
    ['dots', '732.829.320.00074'],
    ['empty', ''],
    ['only spaces', '   '],
  ])('refuses %s (%j)', (_label, input) => {
    expect(normalizeSiret(input)).toBeNull()
    expect(isValidSiret(input)).toBe(false)
  })

  it('refuses a non-string coming from untrusted input', () => {
    expect(isValidSiret(73282932000074 as unknown as string)).toBe(false)
  })
})
