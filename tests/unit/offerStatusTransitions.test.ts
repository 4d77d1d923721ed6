import { describe, expect, it } from '@jest/globals'

import { canChangeOfferStatus, type OfferStatus } from '../../src/domain/offers/offerStatusTransitions'

type Role = 'admin' | 'animator' | 'partner'

/** Who may move an offer from one status to another: the whole matrix, written out. */
const PARTNER: [OfferStatus | undefined, OfferStatus, boolean][] = [
  [undefined, 'brouillon', true],
  [undefined, 'soumise', true],
  [undefined, 'publiee', false],
  [undefined, 'archivee', false],
  ['brouillon', 'brouillon', true],
  ['brouillon', 'soumise', true],
  ['brouillon', 'publiee', false],
  ['brouillon', 'archivee', true],
  ['soumise', 'brouillon', true],
  ['soumise', 'soumise', true],
  ['soumise', 'publiee', false],
  ['soumise', 'archivee', true],
  ['publiee', 'brouillon', false],
  ['publiee', 'soumise', true],
  ['publiee', 'publiee', true],
  ['publiee', 'archivee', true],
  ['archivee', 'brouillon', true],
  ['archivee', 'soumise', false],
  ['archivee', 'publiee', false],
  ['archivee', 'archivee', true],
]

describe('canChangeOfferStatus', () => {
  it.each(PARTNER)('a partner: %s → %s: %s', (from, to, allowed) => {
    expect(canChangeOfferStatus('partner', from, to)).toBe(allowed)
  })

  const STAFF: Role[] = ['admin', 'animator']
  it.each(STAFF.flatMap((role) => PARTNER.map(([from, to]) => [role, from, to] as const)))('%s: %s → %s: always', (role, from, to) => {
    expect(canChangeOfferStatus(role, from, to)).toBe(true)
  })
})
