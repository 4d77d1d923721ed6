import { beforeAll, describe, expect, it } from '@jest/globals'

import { buildCommuneIndex, searchCommuneIndex, suggestCommuneIndex, type CommuneIndex } from '../../src/domain/geo/communeIndex'
import { loadGeography } from '../../src/geo/decoupage'

/**
 * « Tu voulais dire … ? » on the real geography (the ~35,000 communes of `@etalab/decoupage-administratif`, as the
 * site imports them): misspellings generated from real names, one per edit type, for short and long names, with
 * accents, hyphens and « saint ». What the site does: the exact and prefix search first; the suggestions only when it
 * found nothing.
 */
let index: CommuneIndex

beforeAll(async () => {
  const { communes } = await loadGeography()
  index = buildCommuneIndex(
    communes.map((row, id) => ({
      id,
      code: row.code,
      name: row.name,
      searchKey: row.searchKey,
      postalCodes: row.postalCodes,
      population: row.population,
      departement: row.departementCode ? { code: row.departementCode, name: '' } : null,
    })),
  )
})

/** What the site answers: the search, else the suggestions. */
const answer = (query: string) => {
  const found = searchCommuneIndex(index, query, 10, 2) ?? []
  return found.length
    ? { suggested: false, codes: found.map((commune) => commune.code) }
    : { suggested: true, codes: suggestCommuneIndex(index, query, 10).map((commune) => commune.code) }
}

// Real communes (INSEE code, name as people write it): large towns, small ones, accents, hyphens, « saint ».
const TOWNS: [code: string, name: string][] = [
  ['13055', 'Marseille'],
  ['34172', 'Montpellier'],
  ['31555', 'Toulouse'],
  ['33063', 'Bordeaux'],
  ['67482', 'Strasbourg'],
  ['69123', 'Lyon'],
  ['42218', 'Saint-Étienne'],
  ['51454', 'Reims'],
  ['46042', 'Cahors'],
  ['46102', 'Figeac'],
  ['29019', 'Brest'],
  ['76540', 'Rouen'],
  ['63113', 'Clermont-Ferrand'],
  ['35238', 'Rennes'],
  ['21231', 'Dijon'],
  ['49007', 'Angers'],
]

/** One edit of each type at a place inside the word (not its first letter: people see the start they typed). */
function misspellings(name: string): [kind: string, typed: string][] {
  const word = name.toLowerCase()
  const at = Math.max(1, Math.floor(word.length / 2))
  const vowels = 'aeiou'
  const vowelAt = [...word].findIndex((letter, position) => position > 0 && vowels.includes(letter))
  const double = [...word].findIndex((letter, position) => position > 0 && word[position - 1] === letter)
  const cases: [string, string][] = [
    ['a letter missing', word.slice(0, at) + word.slice(at + 1)],
    ['a letter doubled', word.slice(0, at) + word[at] + word.slice(at)],
    ['two letters swapped', word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)],
    ['a letter replaced by another', word.slice(0, at) + 'x' + word.slice(at + 1)],
  ]
  if (vowelAt > 0) cases.push(['a wrong vowel', word.slice(0, vowelAt) + (word[vowelAt] === 'e' ? 'a' : 'e') + word.slice(vowelAt + 1)])
  if (double > 0) cases.push(['a double letter typed once', word.slice(0, double) + word.slice(double + 1)])
  return cases.filter(([, typed]) => typed !== word)
}

describe('a misspelt commune is suggested, a large town first', () => {
  const table = TOWNS.flatMap(([code, name]) => misspellings(name).map(([kind, typed]) => [name, kind, typed, code] as const))

  it.each(table)('%s, %s: « %s »', (name, _kind, typed, code) => {
    const { suggested, codes } = answer(typed)
    // A misspelling that happens to start another commune's name is that commune's: the search answers, no guess.
    if (!suggested) return expect(codes.length).toBeGreaterThan(0)
    // Very short names (Lyon, Brest) allow one edit only; the town is among the first suggestions.
    expect(codes.slice(0, 3)).toContain(code)
  })

  it.each([
    ['marseile', '13055'],
    ['marsielle', '13055'],
    ['marsseille', '13055'],
    ['montpelier', '34172'],
    ['montpeiller', '34172'],
    ['tolouse', '31555'],
    ['toulousse', '31555'],
    ['bordeuax', '33063'],
    ['strasbourgh', '67482'],
    ['st etiene', '42218'],
    ['saint ettienne', '42218'],
    ['clermont ferand', '63113'],
    // Around the first letter: one missing, doubled, or swapped with the second.
    ['arseille', '13055'],
    ['mmarseille', '13055'],
    ['amrseille', '13055'],
  ])('« %s »: the large town first', (typed, code) => {
    const { suggested, codes } = answer(typed)
    expect([suggested, codes[0]]).toEqual([true, code])
  })
})

describe('what the suggestions never do', () => {
  it.each([
    ['marseille', '13055'],
    ['marsei', '13055'],
    ['46000', '46042'],
    ['46042', '46042'],
    ['75116', '75116'],
    ['st etienne', '42218'],
    // Misspellings that start a real name are that name's (« Marseilles-lès-Aubigny », « Bordeaux »).
    ['marseilles', '18139'],
    ['bordeau', '33063'],
  ])('« %s »: the exact, prefix or code search answers, as before', (typed, code) => {
    const { suggested, codes } = answer(typed)
    expect(suggested).toBe(false)
    expect(codes).toContain(code)
  })

  it.each(['xq', 'zzz', 'qwxzjk', 'zzzzzzzzzz'])('« %s »: no guess (under 4 letters, or nothing a few edits away)', (typed) => {
    expect(suggestCommuneIndex(index, typed, 10)).toEqual([])
  })

  it('a first letter typed wrong is not guessed (the start typed is trusted)', () => {
    expect(suggestCommuneIndex(index, 'narseille', 10).map((commune) => commune.code)).not.toContain('13055')
  })

  it('a code is never guessed', () => {
    expect(suggestCommuneIndex(index, '46001', 10)).toEqual([])
    expect(suggestCommuneIndex(index, '2A00', 10)).toEqual([])
  })
})
