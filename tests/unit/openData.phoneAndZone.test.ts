import { describe, expect, it } from '@jest/globals'

import { toE164 } from '../../src/domain/contact/toE164'
import { richTextToPlainText } from '../../src/plugins/boussole/openData/plainText'
import { compactZone, type CommuneCodes, type CommuneTotals } from '../../src/plugins/boussole/openData/zone'

describe('toE164', () => {
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
    ['0033 536 491 010', '+33536491010'],
    ['05\u00a036\u00a049\u00a010\u00a010', '+33536491010'],
    ['0596 12 34 56', '+596596123456'],
    ['0696 12 34 56', '+596696123456'],
    ['0262 12 34 56', '+262262123456'],
    ['0590 12 34 56', '+590590123456'],
    ['0594 12 34 56', '+594594123456'],
    ['0269 61 00 00', '+262269610000'],
  ])('%j → %s', (input, expected) => {
    expect(toE164(input)).toBe(expected)
  })

  it.each(['3949', '115', '05 36 49 10', '05 36 49 10 10 10', '00 36 49 10 10', 'appeler l’accueil', '', '+44 20 7946 0000'])('refuses %j', (input) => {
    expect(toE164(input)).toBeNull()
  })

  it('refuses missing values', () => {
    expect(toE164(null)).toBeNull()
    expect(toE164(undefined)).toBeNull()
  })
})

const commune = (code: string, departement: string | null, epci: string | null): CommuneCodes => ({ code, departement, epci })

/** Département 46 (EPCI A: 3 communes, EPCI B: 2), part of 31 (EPCI C: 2 communes, EPCI E) and 82, EPCI D straddling 31 and 82. */
const UNIVERSE = [
  commune('46001', '46', 'A00000001'),
  commune('46002', '46', 'A00000001'),
  commune('46003', '46', 'A00000001'),
  commune('46004', '46', 'B00000002'),
  commune('46005', '46', 'B00000002'),
  commune('31001', '31', 'C00000003'),
  commune('31002', '31', 'C00000003'),
  commune('31003', '31', 'D00000004'),
  commune('31004', '31', 'E00000005'),
  commune('82001', '82', 'D00000004'),
  commune('82002', '82', 'F00000006'),
]
const codes = (...list: string[]) => UNIVERSE.filter((entry) => list.includes(entry.code))
const count = (key: 'departement' | 'epci', list: readonly CommuneCodes[]) => {
  const counts = new Map<string, number>()
  for (const entry of list) if (entry[key]) counts.set(entry[key] as string, (counts.get(entry[key] as string) ?? 0) + 1)
  return counts
}
const totalsOf = (list: readonly CommuneCodes[]): CommuneTotals => ({ departements: count('departement', list), epcis: count('epci', list) })
const TOTALS = totalsOf(UNIVERSE)

describe('compactZone', () => {
  it('writes a whole département as its code', () => {
    expect(compactZone(codes('46001', '46002', '46003', '46004', '46005'), TOTALS)).toEqual(['46'])
  })

  it('writes whole EPCIs by SIREN and the other communes by INSEE code', () => {
    expect(compactZone(codes('46001', '46002', '46003', '46004'), TOTALS)).toEqual(['A00000001', '46004'])
  })

  it('combines départements, EPCIs and communes, most compact first', () => {
    expect(compactZone(codes('46001', '46002', '46003', '46004', '46005', '31001', '31002', '31003'), TOTALS)).toEqual(['46', 'C00000003', '31003'])
  })

  it('needs every commune of an EPCI, even across départements', () => {
    expect(compactZone(codes('31003'), TOTALS)).toEqual(['31003'])
    expect(compactZone(codes('31003', '82001'), TOTALS)).toEqual(['D00000004'])
  })

  it('keeps a commune without EPCI, and answers nothing for nothing', () => {
    expect(compactZone([commune('75056', '75', null)], totalsOf([commune('75056', '75', null), commune('75101', '75', null)]))).toEqual(['75056'])
    expect(compactZone([], TOTALS)).toEqual([])
  })

  it('does not depend on the order or on duplicates', () => {
    expect(compactZone([...codes('46005', '46004'), ...codes('46004')], TOTALS)).toEqual(['B00000002'])
  })

  it('never calls a département or an EPCI whole when its total is unknown', () => {
    expect(compactZone(codes('46004', '46005'), { departements: new Map(), epcis: new Map() })).toEqual(['46004', '46005'])
  })
})

describe('richTextToPlainText', () => {
  it('keeps paragraphs and list items', () => {
    const value = {
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Au programme :' }] },
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [{ type: 'text', text: 'des stages' }] },
              { type: 'listitem', children: [{ type: 'text', text: 'un CV' }] },
            ],
          },
          { type: 'paragraph', children: [{ type: 'text', text: 'Ligne 1' }, { type: 'linebreak' }, { type: 'text', text: 'Ligne 2' }] },
        ],
      },
    }
    expect(richTextToPlainText(value)).toBe('Au programme :\n\n- des stages\n- un CV\n\nLigne 1\nLigne 2')
    expect(richTextToPlainText(null)).toBe('')
  })
})
