/** A territory's coverage choice: whole départements, whole EPCIs, single communes (ids). */
export interface CoverageSelection {
  departements: readonly number[]
  epcis: readonly number[]
  communes: readonly number[]
}

type InClause = { departement: { in: number[] } } | { epci: { in: number[] } } | { id: { in: number[] } }

/**
 * The query on communes that a coverage resolves to (the union of its départements, EPCIs and communes), or null
 * when nothing is chosen. Written once for the save hook and the form's preview. Pure.
 */
export function coverageWhere(selection: CoverageSelection): { or: InClause[] } | null {
  const clauses: InClause[] = []
  if (selection.departements.length) clauses.push({ departement: { in: [...selection.departements] } })
  if (selection.epcis.length) clauses.push({ epci: { in: [...selection.epcis] } })
  if (selection.communes.length) clauses.push({ id: { in: [...selection.communes] } })
  return clauses.length ? { or: clauses } : null
}
