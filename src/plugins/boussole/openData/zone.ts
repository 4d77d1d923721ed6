/** A commune with the codes of the départements and EPCI it belongs to. */
export interface CommuneCodes {
  /** INSEE code */
  code: string
  departement: string | null
  /** SIREN of the EPCI */
  epci: string | null
}

/** How many communes each département and EPCI has in all (to tell « whole » from « most of »). */
export interface CommuneTotals {
  departements: ReadonlyMap<string, number>
  epcis: ReadonlyMap<string, number>
}

/**
 * The most compact data·inclusion `zone_eligibilite` for a set of communes: whole départements first,
 * then whole EPCIs among the remaining communes, then the remaining INSEE codes.
 */
export function compactZone(covered: readonly CommuneCodes[], totals: CommuneTotals): string[] {
  const communes = [...new Map(covered.map((commune) => [commune.code, commune])).values()]
  if (!communes.length) return []
  const whole = (key: 'departement' | 'epci', counts: ReadonlyMap<string, number>) => {
    const covering = new Map<string, number>()
    for (const commune of communes) {
      const code = commune[key]
      if (code) covering.set(code, (covering.get(code) ?? 0) + 1)
    }
    return new Set([...covering].filter(([code, count]) => count >= (counts.get(code) ?? Infinity)).map(([code]) => code))
  }

  const departements = whole('departement', totals.departements)
  let remaining = communes.filter((commune) => !commune.departement || !departements.has(commune.departement))
  const allEpcis = whole('epci', totals.epcis)
  const epcis = new Set(remaining.map((commune) => commune.epci).filter((code): code is string => code !== null && allEpcis.has(code)))
  remaining = remaining.filter((commune) => !commune.epci || !epcis.has(commune.epci))

  return [...[...departements].sort(), ...[...epcis].sort(), ...remaining.map((commune) => commune.code).sort()]
}
