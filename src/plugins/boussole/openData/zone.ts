/** A commune with the codes of the départements and EPCI it belongs to. */
export interface CommuneCodes {
  /** INSEE code */
  code: string
  departement: string | null
  /** SIREN of the EPCI */
  epci: string | null
}

/**
 * The most compact data·inclusion `zone_eligibilite` for a set of communes: whole départements first,
 * then whole EPCIs among the remaining communes, then the remaining INSEE codes.
 *
 * `universe` lists every commune of the départements and EPCIs involved (the covered ones included), so
 * that « whole » can be told apart from « most of ».
 */
export function compactZone(covered: readonly CommuneCodes[], universe: readonly CommuneCodes[]): string[] {
  const coveredCodes = new Set(covered.map((commune) => commune.code))
  if (!coveredCodes.size) return []
  const all = new Map<string, CommuneCodes>()
  for (const commune of [...universe, ...covered]) all.set(commune.code, commune)

  const whole = (key: 'departement' | 'epci', value: string) =>
    [...all.values()].every((commune) => commune[key] !== value || coveredCodes.has(commune.code))

  const departements = [...new Set(covered.map((commune) => commune.departement).filter((code): code is string => Boolean(code)))]
    .filter((code) => whole('departement', code))
    .sort()
  const inDepartements = new Set(departements)
  let remaining = covered.filter((commune) => !commune.departement || !inDepartements.has(commune.departement))

  const epcis = [...new Set(remaining.map((commune) => commune.epci).filter((code): code is string => Boolean(code)))]
    .filter((code) => whole('epci', code))
    .sort()
  const inEpcis = new Set(epcis)
  remaining = remaining.filter((commune) => !commune.epci || !inEpcis.has(commune.epci))

  const communes = [...new Set(remaining.map((commune) => commune.code))].sort()
  return [...departements, ...epcis, ...communes]
}
