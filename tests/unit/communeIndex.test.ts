import { describe, expect, it } from '@jest/globals'

import { buildCommuneIndex, searchCommuneIndex, type IndexedCommune } from '../../src/domain/geo/communeIndex'
import { normalizeSearchKey } from '../../src/domain/geo/normalizeSearchKey'

let nextId = 1
function commune(name: string, code: string, postalCodes: string[], population: number | null): IndexedCommune {
  return { id: nextId++, code, name, searchKey: normalizeSearchKey(name), postalCodes, population, departement: { code: code.slice(0, 2), name: 'Dép.' } }
}

const COMMUNES = [
  commune('Cahors', '46042', ['46000'], 19_000),
  commune('Cahus', '46043', ['46400'], 160),
  commune('Saint-Étienne', '42218', ['42000', '42100'], 173_000),
  commune('Saint-Étienne-du-Rouvray', '76575', ['76800'], 28_000),
  commune('Villers-Saint-Étienne', '99001', ['99000'], 300),
  commune("L'Isle-Jourdain", '32160', ['32600'], 9_000),
  commune("L'Isle-sur-la-Sorgue", '84054', ['84800'], 19_000),
  commune('Marseille', '13055', ['13001', '13002', '13016'], 870_000),
  commune('Marseillan', '34150', ['34340'], 8_000),
  commune('Paris 16e Arrondissement', '75116', ['75016', '75116'], 160_000),
  commune('Ajaccio', '2A004', ['20000', '20090'], 72_000),
  commune('Sainte-Foy', '40999', ['40190'], null),
  commune('Sainte-Anne', '40998', ['40191'], 0),
  commune('Vars', '05177', ['05560'], 0),
]
const index = buildCommuneIndex(COMMUNES)
const names = (query: string, limit = 10) => searchCommuneIndex(index, query, limit, 2)?.map((entry) => entry.name) ?? null

describe('searchCommuneIndex', () => {
  it.each<[string, string, string[]]>([
    ['a prefix of the name, bigger communes first', 'cah', ['Cahors', 'Cahus']],
    ['case, accents, hyphens are ignored', 'SAINT-etienne', ['Saint-Étienne', 'Saint-Étienne-du-Rouvray', 'Villers-Saint-Étienne']],
    ['« st » is « saint »', 'st et', ['Saint-Étienne', 'Saint-Étienne-du-Rouvray', 'Villers-Saint-Étienne']],
    ['apostrophes are spaces', 'l isle', ["L'Isle-sur-la-Sorgue", "L'Isle-Jourdain"]],
    ['a word inside the name matches after the names that start with it', 'etienne', ['Saint-Étienne', 'Saint-Étienne-du-Rouvray', 'Villers-Saint-Étienne']],
    ['an exact name comes before bigger communes starting with it', 'marseillan', ['Marseillan']],
    ['the exact name first, then by population', 'marseill', ['Marseille', 'Marseillan']],
    ['several words', 'saint etienne du', ['Saint-Étienne-du-Rouvray']],
    ['no commune', 'zzz', []],
    ['an unknown population comes last', 'sainte', ['Sainte-Anne', 'Sainte-Foy']],
  ])('%s: « %s »', (_label, query, expected) => {
    expect(names(query)).toEqual(expected)
  })

  it('puts an exact name before a bigger commune it is a prefix of', () => {
    const withPrefix = buildCommuneIndex([commune('Vars', '05177', ['05560'], 600), commune('Varsovie-les-Bains', '99002', ['99100'], 50_000)])
    expect(searchCommuneIndex(withPrefix, 'vars', 10, 2)?.map((entry) => entry.name)).toEqual(['Vars', 'Varsovie-les-Bains'])
  })

  it.each<[string, string, string[]]>([
    ['a postal code gives all its communes', '46000', ['Cahors']],
    ['a postal code prefix, bigger first', '46', ['Cahors', 'Cahus']],
    ['a postal code shared by several arrondissement codes is one result', '75116', ['Paris 16e Arrondissement']],
    ['spaces are ignored', '13 0', ['Marseille']],
    ['a Corsican INSEE code', '2A004', ['Ajaccio']],
    ['an INSEE code', '42218', ['Saint-Étienne']],
    ['an exact postal code first', '13016', ['Marseille']],
  ])('%s: « %s »', (_label, query, expected) => {
    expect(names(query)).toEqual(expected)
  })

  it('lists a commune once, at its best rank, and still fills the limit', () => {
    const twice = buildCommuneIndex([
      commune('Saint-Jean-de-Saint-Pierre', '99010', ['99010'], 100),
      commune('Villa-Saint-Paul', '99011', ['99011'], 90_000),
      commune('Saint-Paul', '99012', ['99012'], 50),
      commune('Le-Saint', '99013', ['99013'], 10),
    ])
    const found = (limit: number) => searchCommuneIndex(twice, 'saint', limit, 2)?.map((entry) => entry.name)
    expect(found(10)).toEqual(['Saint-Jean-de-Saint-Pierre', 'Saint-Paul', 'Villa-Saint-Paul', 'Le-Saint'])
    expect(found(3)).toEqual(['Saint-Jean-de-Saint-Pierre', 'Saint-Paul', 'Villa-Saint-Paul'])
  })

  it('honours the limit', () => {
    expect(names('saint', 2)).toEqual(['Saint-Étienne', 'Saint-Étienne-du-Rouvray'])
  })

  it.each(['c', ' c ', '-', "'", '4', '2'])('answers null to a query too short once normalised: « %s »', (query) => {
    expect(names(query)).toBeNull()
  })

  it('looks communes up by INSEE code', () => {
    expect(index.byCode.get('2A004')?.name).toBe('Ajaccio')
    expect(index.byCode.get('00000')).toBeUndefined()
  })
})
