import type { Payload, PayloadRequest, Where } from 'payload'

export interface CoverageSelection {
  departements: number[]
  epcis: number[]
  communes: number[]
}

/** The communes covered by a union of départements, EPCIs and individual communes. */
export async function resolveCoverage(payload: Payload, selection: CoverageSelection, req?: PayloadRequest): Promise<number[]> {
  const clauses: Where[] = []
  if (selection.departements.length) clauses.push({ departement: { in: selection.departements } })
  if (selection.epcis.length) clauses.push({ epci: { in: selection.epcis } })
  if (selection.communes.length) clauses.push({ id: { in: selection.communes } })
  if (!clauses.length) return []
  const { docs } = await payload.find({
    collection: 'communes',
    where: { or: clauses },
    pagination: false,
    depth: 0,
    select: { code: true },
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id)
}
