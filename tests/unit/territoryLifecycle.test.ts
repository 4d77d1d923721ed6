import { describe, expect, it } from '@jest/globals'

import type { OfferStatus } from '../../src/domain/offers/offerStatusTransitions'
import { isClosing, offerStatusAfterClosing, territoryDeletionRefusal, type TerritoryStatus } from '../../src/domain/territories/territoryLifecycle'

describe('isClosing', () => {
  it.each([
    ['ouvert', 'ferme', true],
    ['preparation', 'ferme', true],
    ['ferme', 'ferme', false],
    ['ouvert', 'ouvert', false],
    ['ferme', 'ouvert', false],
    [undefined, 'ferme', false],
  ] as [TerritoryStatus | undefined, TerritoryStatus, boolean][])('%s → %s: %s', (from, to, expected) => {
    expect(isClosing(from, to)).toBe(expected)
  })
})

describe("offerStatusAfterClosing: an offer's status once its territory is closed", () => {
  it.each([
    ['publiee', 'archivee'],
    ['soumise', 'archivee'],
    ['brouillon', 'brouillon'],
    ['archivee', 'archivee'],
  ] as [OfferStatus, OfferStatus][])('%s → %s', (status, expected) => {
    expect(offerStatusAfterClosing(status)).toBe(expected)
  })
})

describe('territoryDeletionRefusal', () => {
  it.each([
    [0, null],
    [1, 'Le territoire « Lot » a reçu une demande de mise en relation. Les demandes sont conservées'],
    [12, 'Le territoire « Lot » a reçu 12 demandes de mise en relation. Les demandes sont conservées'],
  ] as [number, string | null][])('%i requests', (leadCount, expected) => {
    const refusal = territoryDeletionRefusal('Lot', leadCount)
    if (expected === null) expect(refusal).toBeNull()
    else expect(refusal).toContain(expected)
  })
})
