import { describe, expect, it } from '@jest/globals'

import { compactZone, type CommuneCodes, type CommuneTotals } from '../../src/plugins/boussole/openData/zone'

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
