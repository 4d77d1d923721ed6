import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

import { normalizeSearchKey } from '@/domain/geo/normalizeSearchKey'

/**
 * Turns the JSON files of `@etalab/decoupage-administratif` into the rows imported by `importGeography`.
 * `buildGeography` is pure (testable on fixtures); `loadDecoupage` reads the installed package.
 */

// --- Source shapes (only the properties we read) ---------------------------------------------------

export interface RawCommune {
  code: string
  nom: string
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal' | string
  departement?: string
  region?: string
  /** Parent commune of a municipal arrondissement (75056 for 75101). */
  commune?: string
  codesPostaux?: string[]
  population?: number | null
}

export interface RawDepartement {
  code: string
  nom: string
  region?: string
}

export interface RawRegion {
  code: string
  nom: string
}

export interface RawEpci {
  /** SIREN */
  code: string
  nom: string
  /** CA, CC, CU, METRO, MET69 */
  type?: string
  populationMunicipale?: number | null
  populationTotale?: number | null
  membres?: Array<{ code: string }>
}

export interface RawDecoupage {
  communes: RawCommune[]
  departements: RawDepartement[]
  regions: RawRegion[]
  epci: RawEpci[]
}

// --- Rows -----------------------------------------------------------------------------------------------

export interface DepartementRow {
  code: string
  name: string
  /** "46 — Lot" */
  label: string
  regionCode: string | null
  regionName: string | null
}

export interface EpciRow {
  /** SIREN */
  code: string
  name: string
  /** "CA du Sicoval" (the dataset's names already carry the kind) */
  label: string
  kind: string | null
  population: number | null
}

export type CommuneKind = 'commune' | 'arrondissement'

export interface CommuneRow {
  /** INSEE code */
  code: string
  name: string
  /** "Cahors (46000)": name and first postal code */
  label: string
  searchKey: string
  /** Sorted, unique, never empty */
  postalCodes: string[]
  departementCode: string | null
  /** SIREN of the EPCI; a municipal arrondissement gets its parent commune's */
  epciCode: string | null
  regionCode: string | null
  population: number
  kind: CommuneKind
}

export interface GeographyRows {
  departements: DepartementRow[]
  epcis: EpciRow[]
  communes: CommuneRow[]
  /** Current communes left out because the dataset gives them no postal code (uninhabited TAAF districts). */
  skipped: string[]
}

// --- Build ----------------------------------------------------------------------------------------------

const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

export function communeLabel(name: string, postalCodes: readonly string[]): string {
  return postalCodes.length > 0 ? `${name} (${postalCodes[0]})` : name
}

/** « CU du Grand Reims (200067213) »: the admin's EPCI picker searches the label, so it finds a SIREN too. */
export function epciLabel(name: string, siren: string): string {
  return `${name} (${siren})`
}

export function departementLabel(code: string, name: string): string {
  return `${code} — ${name}`
}

export function buildGeography(raw: RawDecoupage): GeographyRows {
  const regionNames = new Map(raw.regions.map((region) => [region.code, region.nom]))

  const departements: DepartementRow[] = raw.departements
    .map((departement) => ({
      code: departement.code,
      name: departement.nom,
      label: departementLabel(departement.code, departement.nom),
      regionCode: departement.region ?? null,
      regionName: (departement.region && regionNames.get(departement.region)) || null,
    }))
    .sort(byCode)

  const epciOfCommune = new Map<string, string>()
  const epcis: EpciRow[] = raw.epci
    .map((epci) => {
      for (const member of epci.membres ?? []) epciOfCommune.set(member.code, epci.code)
      return {
        code: epci.code,
        name: epci.nom,
        label: epciLabel(epci.nom, epci.code),
        kind: epci.type ?? null,
        population: epci.populationMunicipale ?? epci.populationTotale ?? null,
      }
    })
    .sort(byCode)

  const knownDepartements = new Set(departements.map((departement) => departement.code))
  const communes: CommuneRow[] = []
  const skipped: string[] = []
  const currentByCode = new Map(raw.communes.filter((commune) => commune.type === 'commune-actuelle').map((commune) => [commune.code, commune]))

  for (const commune of raw.communes) {
    let kind: CommuneKind
    let parent: RawCommune = commune
    if (commune.type === 'commune-actuelle') {
      kind = 'commune'
    } else if (commune.type === 'arrondissement-municipal') {
      kind = 'arrondissement'
      parent = (commune.commune && currentByCode.get(commune.commune)) || commune
    } else {
      continue // communes déléguées / associées: not current communes
    }

    const postalCodes = [...new Set(commune.codesPostaux ?? [])].sort()
    if (postalCodes.length === 0) {
      skipped.push(commune.code)
      continue
    }
    const departementCode = parent.departement ?? commune.departement ?? null
    communes.push({
      code: commune.code,
      name: commune.nom,
      label: communeLabel(commune.nom, postalCodes),
      searchKey: normalizeSearchKey(commune.nom),
      postalCodes,
      departementCode: departementCode && knownDepartements.has(departementCode) ? departementCode : null,
      epciCode: epciOfCommune.get(parent.code) ?? null,
      regionCode: commune.region ?? parent.region ?? null,
      population: commune.population ?? 0,
      kind,
    })
  }
  communes.sort(byCode)

  return { departements, epcis, communes, skipped }
}

// --- Load -------------------------------------------------------------------------------------------------

const requireFromHere = createRequire(import.meta.url)

async function readDataFile<T>(name: string): Promise<T> {
  const file = requireFromHere.resolve(`@etalab/decoupage-administratif/data/${name}.json`)
  return JSON.parse(await readFile(file, 'utf8')) as T
}

/** Reads the installed `@etalab/decoupage-administratif` data files. */
export async function loadDecoupage(): Promise<RawDecoupage> {
  const [communes, departements, regions, epci] = await Promise.all([
    readDataFile<RawCommune[]>('communes'),
    readDataFile<RawDepartement[]>('departements'),
    readDataFile<RawRegion[]>('regions'),
    readDataFile<RawEpci[]>('epci'),
  ])
  return { communes, departements, regions, epci }
}

/** `buildGeography(await loadDecoupage())` */
export async function loadGeography(): Promise<GeographyRows> {
  return buildGeography(await loadDecoupage())
}
