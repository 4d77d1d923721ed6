import { describe, expect, it } from '@jest/globals'

import { defaultPartnerChoice, defaultTerritoryChoice, partnerChoices, territoryChoices, themeChoices } from '../../src/access/pickers'
import { selectedTerritory } from '../../src/access/selectedTerritory'
import type { Perimeter } from '../../src/domain/accounts/perimeter'

const admin: Perimeter = { kind: 'all' }
const nobody: Perimeter = { kind: 'none' }
const animatorOfTwo: Perimeter = { kind: 'territories', territoryIds: [1, 2] }
const animatorOfOne: Perimeter = { kind: 'territories', territoryIds: [1] }
const partnerWithCharters: Perimeter = { kind: 'partner', partnerId: 7, territoryIds: [1, 3] }
const partnerWithoutCharter: Perimeter = { kind: 'partner', partnerId: 7, territoryIds: [] }

describe('partnerChoices: the organisations a person may pick', () => {
  it.each([
    ['admin', admin, true],
    ['animator', animatorOfTwo, { territories: { in: [1, 2] } }],
    ['partner', partnerWithCharters, { id: { equals: 7 } }],
    ['partner without a charter', partnerWithoutCharter, { id: { equals: 7 } }],
    ['no perimeter', nobody, false],
  ] as const)('%s', (_, perimeter, expected) => {
    expect(partnerChoices(perimeter)).toEqual(expected)
  })
})

describe('territoryChoices: the territories a person may pick', () => {
  it.each([
    ['admin', admin, true],
    ['animator of two', animatorOfTwo, { id: { in: [1, 2] } }],
    ['animator of one', animatorOfOne, { id: { in: [1] } }],
    ['partner: its signed charters', partnerWithCharters, { id: { in: [1, 3] } }],
    ['partner without a charter', partnerWithoutCharter, false],
    ['no perimeter', nobody, false],
  ] as const)('%s', (_, perimeter, expected) => {
    expect(territoryChoices(perimeter)).toEqual(expected)
  })
})

describe("themeChoices: an offer's themes follow its territory", () => {
  it.each([
    ['no territory chosen yet', null, true],
    ['a territory with two themes', [4, 5], { id: { in: [4, 5] } }],
    ['a territory without themes', [], { id: { in: [] } }],
  ] as const)('%s', (_, themeIds, expected) => {
    expect(themeChoices(themeIds === null ? null : [...themeIds])).toEqual(expected)
  })
})

describe('selectedTerritory: the territory the lists are narrowed to', () => {
  it.each([
    ['animator of two, one chosen', animatorOfTwo, '2', 2],
    ['animator of two, none chosen', animatorOfTwo, undefined, null],
    ['animator of two, a territory they do not run', animatorOfTwo, '3', null],
    ['animator of two, a damaged cookie', animatorOfTwo, 'lot', null],
    ['animator of one: never narrowed', animatorOfOne, '1', null],
    ['admin: never narrowed', admin, '1', null],
    ['partner: never narrowed', partnerWithCharters, '1', null],
    ['no perimeter', nobody, '1', null],
  ] as const)('%s', (_, perimeter, cookie, expected) => {
    expect(selectedTerritory(perimeter, cookie)).toBe(expected)
  })
})

describe('defaultTerritoryChoice / defaultPartnerChoice: what a new offer starts with', () => {
  const partnerOfOne: Perimeter = { kind: 'partner', partnerId: 7, territoryIds: [3] }
  it.each([
    ['animator of one', animatorOfOne, null, 1, undefined],
    ['animator of two, none chosen: a real choice', animatorOfTwo, null, undefined, undefined],
    ['animator of two, the chosen one', animatorOfTwo, 2, 2, undefined],
    ['animator of two, a chosen territory they do not run', animatorOfTwo, 5, undefined, undefined],
    ['partner with one charter territory', partnerOfOne, null, 3, 7],
    ['partner with two', partnerWithCharters, null, undefined, 7],
    ['partner without charter', partnerWithoutCharter, null, undefined, 7],
    ['admin', admin, null, undefined, undefined],
    ['no perimeter', nobody, null, undefined, undefined],
  ] as const)('%s', (_, perimeter, selected, territory, partner) => {
    expect(defaultTerritoryChoice(perimeter, selected)).toBe(territory)
    expect(defaultPartnerChoice(perimeter)).toBe(partner)
  })
})
