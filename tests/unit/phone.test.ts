import { describe, expect, it } from '@jest/globals'

import { formatFrenchPhone, maskFrenchPhone, normalizeFrenchMobile, toE164 } from '../../src/domain/contact/phone'

describe('normalizeFrenchMobile (the lead form)', () => {
  it.each<[string, string]>([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['06/12/34/56/78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['  0612345678 ', '+33612345678'],
    ['06\u00a012\u00a034\u00a056\u00a078', '+33612345678'],
    ['06\u202f12\u202f34\u202f56\u202f78', '+33612345678'],
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

describe('toE164 (organisations’ numbers, for open data)', () => {
  it.each<[string, string]>([
    ['05 36 49 10 10', '+33536491010'],
    ['05.36.49.10.10', '+33536491010'],
    ['0536491010', '+33536491010'],
    ['01-23-45-67-89', '+33123456789'],
    ['06 12 34 56 78', '+33612345678'],
    ['09 70 00 00 00', '+33970000000'],
    ['08 00 00 00 00', '+33800000000'],
    ['+33 5 36 49 10 10', '+33536491010'],
    ['+33 (0)5 36 49 10 10', '+33536491010'],
    ['(05) 36 49 10 10', '+33536491010'],
    ['0033 536 491 010', '+33536491010'],
    ['05\u00a036\u00a049\u00a010\u00a010', '+33536491010'],
    ['0596 12 34 56', '+596596123456'],
    ['0696 12 34 56', '+596696123456'],
    ['0262 12 34 56', '+262262123456'],
    ['0590 12 34 56', '+590590123456'],
    ['0594 12 34 56', '+594594123456'],
    ['0269 61 00 00', '+262269610000'],
    ['+596 596 12 34 56', '+596596123456'],
  ])('%j → %s', (input, expected) => {
    expect(toE164(input)).toBe(expected)
  })

  it.each<[string, string | null | undefined]>([
    ['short number', '3949'],
    ['emergency', '115'],
    ['too short', '05 36 49 10'],
    ['too long', '05 36 49 10 10 10'],
    ['no area digit', '00 36 49 10 10'],
    ['words', 'appeler l’accueil'],
    ['empty', ''],
    ['foreign', '+44 20 7946 0000'],
    ['null', null],
    ['undefined', undefined],
  ])('%s (%j) → null', (_label, input) => {
    expect(toE164(input)).toBeNull()
  })
})

describe('display of an E.164 number', () => {
  it.each<[string, string, string]>([
    ['+33612345678', '06 12 34 56 78', '06 •• •• •• 78'],
    ['+33536491010', '05 36 49 10 10', '05 •• •• •• 10'],
    ['+33798765432', '07 98 76 54 32', '07 •• •• •• 32'],
    ['+596596123456', '+596596123456', '••••••••••'],
    ['+3361234567', '+3361234567', '••••••••••'],
    ['06 12 34 56 78', '06 12 34 56 78', '••••••••••'],
  ])('%s → %j, masked %j', (e164, dialled, masked) => {
    expect(formatFrenchPhone(e164)).toBe(dialled)
    expect(maskFrenchPhone(e164)).toBe(masked)
  })
})
