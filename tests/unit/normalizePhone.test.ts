import { describe, expect, it } from '@jest/globals'

import { normalizeFrenchMobile } from '../../src/domain/contact/normalizePhone'

describe('normalizeFrenchMobile', () => {
  it.each<[string, string]>([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['  0612345678 ', '+33612345678'],
    ['06\u00a012\u00a034\u00a056\u00a078', '+33612345678'],
    ['07 98 76 54 32', '+33798765432'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['+33 7 98 76 54 32', '+33798765432'],
    ['0033612345678', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33 (0) 7 98 76 54 32', '+33798765432'],
    ['+33 06 12 34 56 78', '+33612345678'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeFrenchMobile(input)).toBe(expected)
  })

  it.each<[string, string]>([
    ['Paris landline', '01 23 45 67 89'],
    ['landline 02', '0223456789'],
    ['landline 03', '+33 3 23 45 67 89'],
    ['landline 04', '04 23 45 67 89'],
    ['landline 05', '0523456789'],
    ['VoIP 09', '09 87 65 43 21'],
    ['special 08', '08 00 12 34 56'],
    ['too short', '06 12 34 56 7'],
    ['too long', '06 12 34 56 789'],
    ['international too long', '+33 6 12 34 56 78 9'],
    ['letters', '06 12 34 56 7a'],
    ['spelled out', 'zéro six'],
    ['another country', '+32 6 12 34 56 78'],
    ['no trunk prefix', '612345678'],
    ['empty', ''],
    ['parentheses elsewhere', '(06) 12 34 56 78'],
  ])('%s (%j) → null', (_label, input) => {
    expect(normalizeFrenchMobile(input)).toBeNull()
  })

  it('returns null for a non-string coming from untrusted input', () => {
    expect(normalizeFrenchMobile(612345678 as unknown as string)).toBeNull()
  })
})
