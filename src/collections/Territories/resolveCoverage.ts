import type { Payload, PayloadRequest, Where } from 'payload'

import { coverageWhere, type CoverageSelection } from '@/domain/territories/coverageWhere'

/** The communes covered by a union of départements, EPCIs and individual communes. */
export async function resolveCoverage(payload: Payload, selection: CoverageSelection, req?: PayloadRequest): Promise<number[]> {
  const where = coverageWhere(selection)
  if (!where) return []
  const { docs } = await payload.find({
    collection: 'communes',
    where: where as Where,
    pagination: false,
    depth: 0,
    select: { code: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}
