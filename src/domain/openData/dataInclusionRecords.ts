import type { ParsedCsv } from '../shared/csv'

/**
 * The lines of a data·inclusion v1 file to import: a JSON array of services and/or structures, a JSON object
 * `{ structures, services }`, or a CSV file of one kind (a services file has a `structure_id` column).
 */

export type DataInclusionKind = 'structure' | 'service'

export interface SourceRecord {
  kind: DataInclusionKind
  /** Where the line is, in French: « Ligne 3 » (CSV, header = line 1), « Élément n° 2 », « Service n° 4 ». */
  where: string
  /** null when the element is not a JSON object. */
  row: Record<string, unknown> | null
}

/** « Ligne 3 » inside a sentence: « …que ligne 3 ». */
export const inSentence = (where: string): string => where.charAt(0).toLowerCase() + where.slice(1)

/** The file cannot be read line by line (nothing to preview). */
export class DataInclusionFileError extends Error {}

/** Fields holding a list: in a CSV cell, a JSON array or values separated by commas, semicolons or « | ». */
const LIST_FIELDS = new Set(['thematiques', 'publics', 'modes_accueil', 'modes_mobilisation', 'mobilisable_par', 'zone_eligibilite', 'reseaux_porteurs'])
const NUMBER_FIELDS = new Set(['longitude', 'latitude', 'volume_horaire_hebdomadaire', 'nombre_semaines'])

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const kindOf = (row: unknown): DataInclusionKind => (isObject(row) && 'structure_id' in row ? 'service' : 'structure')

function fromList(items: unknown[], where: (index: number) => string, kind?: DataInclusionKind): SourceRecord[] {
  return items.map((item, index) => ({ kind: kind ?? kindOf(item), where: where(index + 1), row: isObject(item) ? item : null }))
}

/** The records of a parsed JSON document. */
export function recordsFromJson(value: unknown): SourceRecord[] {
  if (Array.isArray(value)) return fromList(value, (n) => `Élément n° ${n}`)
  if (isObject(value) && ('structures' in value || 'services' in value)) {
    const { structures = [], services = [] } = value
    if (!Array.isArray(structures) || !Array.isArray(services)) {
      throw new DataInclusionFileError('« structures » et « services » doivent être des listes (tableaux JSON).')
    }
    return [...fromList(structures, (n) => `Structure n° ${n}`, 'structure'), ...fromList(services, (n) => `Service n° ${n}`, 'service')]
  }
  throw new DataInclusionFileError('Le fichier JSON doit être une liste de services et de structures, ou un objet { "structures": […], "services": […] }.')
}

function cellValue(field: string, cell: string): unknown {
  // The quote a spreadsheet (or Boussole's own CSV writer) puts before « +33… » against formulas is not data.
  const text = cell.trim().replace(/^'(?=[=+\-@])/, '')
  if (!text) return null
  if (LIST_FIELDS.has(field)) {
    if (text.startsWith('[')) {
      try {
        return JSON.parse(text) as unknown
      } catch {
        return text
      }
    }
    return text
      .split(/[,;|]/)
      .map((item) => item.trim())
      .filter(Boolean)
  }
  if (NUMBER_FIELDS.has(field)) {
    const number = Number(text.replace(',', '.'))
    return Number.isFinite(number) ? number : text
  }
  return text
}

/** The records of a CSV file whose headers are the schema's field names; `fileName` tells two files apart. */
export function recordsFromCsv(csv: ParsedCsv, fileName?: string): SourceRecord[] {
  const headers = csv.headers.map((header) => header.trim().toLowerCase())
  if (!headers.includes('id') || !headers.includes('nom')) {
    throw new DataInclusionFileError('La première ligne doit nommer les champs du schéma data·inclusion (au moins « id » et « nom »).')
  }
  const kind: DataInclusionKind = headers.includes('structure_id') ? 'service' : 'structure'
  return csv.records.map((record) => {
    const row: Record<string, unknown> = {}
    headers.forEach((field, index) => {
      if (field) row[field] = cellValue(field, record.cells[index] ?? '')
    })
    return { kind, where: fileName ? `${fileName}, ligne ${record.line}` : `Ligne ${record.line}`, row }
  })
}
