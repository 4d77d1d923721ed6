/** A commune of the importing territory with the codes data·inclusion zones are written in. */
export interface TerritoryCommune {
  id: number
  /** INSEE code */
  code: string
  departement: string | null
  /** SIREN of the EPCI */
  epci: string | null
  region: string | null
}

export type OfferCoverage = { mode: 'territory' } | { mode: 'communes'; communes: number[] }

/**
 * A service's `zone_eligibilite` (communes, EPCI, départements, régions or « france ») → the offer's communes
 * within the territory: the whole territory when the zone covers it (or is empty), else the communes it
 * covers; null when it covers none of them (the service is not for this territory).
 * A two-digit code is read as a département or a région, as data·inclusion writes both that way.
 */
export function coverageFromZone(zone: readonly string[] | null | undefined, communes: readonly TerritoryCommune[]): OfferCoverage | null {
  if (!zone?.length || zone.includes('france')) return { mode: 'territory' }
  const codes = new Set(zone)
  const covered = communes.filter(
    (commune) =>
      codes.has(commune.code) ||
      (commune.epci !== null && codes.has(commune.epci)) ||
      (commune.departement !== null && codes.has(commune.departement)) ||
      (commune.region !== null && codes.has(commune.region)),
  )
  if (!covered.length) return null
  if (covered.length === communes.length) return { mode: 'territory' }
  return { mode: 'communes', communes: covered.map((commune) => commune.id) }
}
