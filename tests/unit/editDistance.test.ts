import { describe, expect, it } from '@jest/globals'

import { allowedEdits, boundedEditDistance } from '../../src/domain/geo/editDistance'

describe('boundedEditDistance: insertions, deletions, substitutions, transpositions', () => {
  it.each([
    ['marseille', 'marseille', 0],
    ['marseile', 'marseille', 1], // a missing double letter
    ['marseillle', 'marseille', 1], // a doubled letter
    ['marsielle', 'marseille', 1], // a swapped pair
    ['marsaille', 'marseille', 1], // a wrong vowel
    ['marseilles', 'marseille', 1], // the English spelling
    ['montpelier', 'montpellier', 1],
    ['tolouse', 'toulouse', 1],
    ['bordeau', 'bordeaux', 1],
    ['strasbourg', 'strasbourg', 0],
    ['strasbrug', 'strasbourg', 2],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
  ])('%s ~ %s: %i', (a, b, distance) => {
    expect(boundedEditDistance(a, b, 5)).toBe(distance)
    expect(boundedEditDistance(b, a, 5)).toBe(distance)
  })

  it.each([
    ['paris', 'lyon', 1],
    ['montpellier', 'mont', 2],
    ['abcdefgh', 'hgfedcba', 2],
  ])('%s ~ %s beyond %i: max + 1, without finishing the table', (a, b, max) => {
    expect(boundedEditDistance(a, b, max)).toBe(max + 1)
  })

  it.each([
    [2, 0],
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [20, 2],
  ])('a query of %i letters may be %i edits away', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits)
  })
})
