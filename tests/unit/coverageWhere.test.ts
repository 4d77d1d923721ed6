import { describe, expect, it } from '@jest/globals'

import { coverageWhere } from '../../src/domain/territories/coverageWhere'

describe('coverageWhere: the communes a coverage resolves to, as one query for the save hook and the preview', () => {
  it.each([
    { selection: { departements: [], epcis: [], communes: [] }, where: null },
    { selection: { departements: [46], epcis: [], communes: [] }, where: { or: [{ departement: { in: [46] } }] } },
    { selection: { departements: [], epcis: [7, 8], communes: [] }, where: { or: [{ epci: { in: [7, 8] } }] } },
    {
      selection: { departements: [46], epcis: [7], communes: [101, 102] },
      where: { or: [{ departement: { in: [46] } }, { epci: { in: [7] } }, { id: { in: [101, 102] } }] },
    },
  ])('%j', ({ selection, where }) => {
    expect(coverageWhere(selection)).toEqual(where)
  })
})
