import { describe, expect, it } from '@jest/globals'

import { findCoverageConflicts, type CoverageView } from '../../src/domain/territories/coverageConflicts'

const grandReims: CoverageView = { id: 1, name: 'Grand Reims', themeIds: [10, 20], communeIds: [1, 2, 3] }

/** A commune belongs to at most one open territory per theme. */
describe('findCoverageConflicts', () => {
  it.each([
    ['no other territory', [], []],
    ['another territory elsewhere', [{ id: 2, name: 'Sicoval', themeIds: [10], communeIds: [7, 8] }], []],
    ['shared communes, other themes', [{ id: 2, name: 'Marne', themeIds: [30], communeIds: [1, 2] }], []],
    [
      'shared communes for one theme',
      [{ id: 2, name: 'Marne', themeIds: [20, 30], communeIds: [2, 3, 9] }],
      [{ themeId: 20, otherTerritory: 'Marne', communeIds: [2, 3] }],
    ],
    [
      'shared for both themes',
      [{ id: 2, name: 'Marne', themeIds: [10, 20], communeIds: [3] }],
      [
        { themeId: 10, otherTerritory: 'Marne', communeIds: [3] },
        { themeId: 20, otherTerritory: 'Marne', communeIds: [3] },
      ],
    ],
    ['itself, as stored before the change', [{ id: 1, name: 'Grand Reims', themeIds: [10], communeIds: [1] }], []],
  ] as [string, CoverageView[], unknown[]][])('%s', (_label, others, expected) => {
    expect(findCoverageConflicts(grandReims, others)).toEqual(expected)
  })
})
