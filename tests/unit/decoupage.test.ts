import { buildGeography, type RawDecoupage } from '@/geo/decoupage'

const raw: RawDecoupage = {
  regions: [
    { code: '76', nom: 'Occitanie' },
    { code: '11', nom: 'Île-de-France' },
  ],
  departements: [
    { code: '75', nom: 'Paris', region: '11' },
    { code: '46', nom: 'Lot', region: '76' },
  ],
  epci: [
    {
      code: '200023737',
      nom: 'CA du Grand Cahors',
      type: 'CA',
      populationMunicipale: 40000,
      populationTotale: 41000,
      membres: [{ code: '46042' }],
    },
    { code: '200054781', nom: 'Métropole du Grand Paris', type: 'METRO', membres: [{ code: '75056' }] },
  ],
  communes: [
    { code: '46042', nom: 'Cahors', type: 'commune-actuelle', departement: '46', region: '76', codesPostaux: ['46000'], population: 20050 },
    { code: '46102', nom: 'Cras', type: 'commune-actuelle', departement: '46', region: '76', codesPostaux: ['46360', '46090', '46360'] },
    { code: '46900', nom: 'Ancienne', type: 'commune-deleguee', departement: '46', region: '76', codesPostaux: ['46000'] },
    { code: '75056', nom: 'Paris', type: 'commune-actuelle', departement: '75', region: '11', codesPostaux: ['75002', '75001'] },
    {
      code: '75101',
      nom: 'Paris 1er Arrondissement',
      type: 'arrondissement-municipal',
      commune: '75056',
      departement: '75',
      region: '11',
      codesPostaux: ['75001'],
    },
    { code: '98411', nom: 'Îles Saint-Paul et Nouvelle-Amsterdam', type: 'commune-actuelle', departement: '984', region: '984' },
  ],
}

describe('buildGeography', () => {
  const geography = buildGeography(raw)
  const commune = (code: string) => geography.communes.find((row) => row.code === code)

  it('labels départements and attaches their region', () => {
    expect(geography.departements.map((row) => row.code)).toEqual(['46', '75'])
    expect(geography.departements[0]).toEqual({
      code: '46',
      name: 'Lot',
      label: '46 — Lot',
      regionCode: '76',
      regionName: 'Occitanie',
    })
  })

  it('maps EPCI', () => {
    expect(geography.epcis[0]).toEqual({
      code: '200023737',
      name: 'CA du Grand Cahors',
      label: 'CA du Grand Cahors (200023737)',
      kind: 'CA',
      population: 40000,
    })
  })

  it('keeps current communes and municipal arrondissements only', () => {
    expect(geography.communes.map((row) => row.code)).toEqual(['46042', '46102', '75056', '75101'])
    expect(geography.skipped).toEqual(['98411'])
  })

  it('builds label, search key, sorted unique postal codes, département and EPCI codes', () => {
    expect(commune('46042')).toEqual({
      code: '46042',
      name: 'Cahors',
      label: 'Cahors (46000)',
      searchKey: 'cahors',
      postalCodes: ['46000'],
      departementCode: '46',
      epciCode: '200023737',
      regionCode: '76',
      population: 20050,
      kind: 'commune',
    })
    expect(commune('46102')).toMatchObject({ label: 'Cras (46090)', postalCodes: ['46090', '46360'], epciCode: null, population: 0 })
  })

  it('gives an arrondissement the EPCI and département of its parent commune', () => {
    expect(commune('75101')).toMatchObject({
      kind: 'arrondissement',
      label: 'Paris 1er Arrondissement (75001)',
      searchKey: 'paris 1er arrondissement',
      departementCode: '75',
      epciCode: '200054781',
    })
  })
})
