import { APIError, ValidationError, type Payload, type PayloadRequest } from 'payload'

import { asUser, asUserDryRun } from '@/database/transactions'
import type { ParsedCsv } from '@/domain/shared/csv'
import type { User } from '@/payload-types'

import { RowReader, type RowError } from './cells'
import { IMPORT_COLUMNS, matchHeaders, type ImportKind } from './columns'
import { columnOfPath, loadLookups, toOfferData, toPartnerData, type ImportLookups } from './rows'

export const MAX_IMPORT_ROWS = 500

export type ImportMode = 'preview' | 'commit'

export interface RowResult {
  /** Line of the CSV file (the header is line 1). */
  line: number
  ok: boolean
  /** Title of the offer or name of the organisation, to recognise the line. */
  label: string
  errors: RowError[]
  /** Id of the created document (commit only). */
  id?: number
}

export interface ImportReport {
  kind: ImportKind
  mode: ImportMode
  territory: { id: number; name: string }
  total: number
  valid: number
  invalid: number
  /** Documents written: 0 unless every line was valid and the mode is commit. */
  created: number
  rows: RowResult[]
}

/** Setup faults of the file itself (missing columns…), reported before any line is read. */
export class ImportFileError extends Error {
  constructor(readonly errors: { field: string; message: string }[]) {
    super(errors.map((error) => error.message).join(' '))
  }
}

const COLLECTION: Record<ImportKind, 'offers' | 'partners'> = { offers: 'offers', partners: 'partners' }

interface PreparedRow {
  reader: RowReader
  data: Record<string, unknown>
}

/** Turns the collection's refusal into line errors; fields the line already reported are not repeated. */
function rowErrorsOf(kind: ImportKind, error: unknown, already: RowError[], payload: Payload): RowError[] {
  const known = new Set(already.map((existing) => existing.field))
  const columns = IMPORT_COLUMNS[kind]
  const label = (field: string) => columns.find((column) => column.key === field)?.label
  if (error instanceof ValidationError) {
    const errors = (error.data?.errors ?? []) as { path: string; message: string }[]
    return errors
      .map((fault) => ({ field: columnOfPath(kind, fault.path), message: fault.message }))
      .filter((fault) => !known.has(fault.field))
      .map((fault) => ({ ...fault, column: label(fault.field) }))
  }
  if (error instanceof APIError && error.status < 500) return [{ field: 'ligne', message: error.message }]
  payload.logger.error({ err: error, msg: `Boussole import (${kind}): unexpected error` })
  return [{ field: 'ligne', message: 'Erreur inattendue en enregistrant cette ligne.' }]
}

/** Creates the document as the importing user would from the back office: same access rules, same hooks. */
async function createAs(req: PayloadRequest, kind: ImportKind, data: Record<string, unknown>): Promise<number> {
  const doc = await req.payload.create({ collection: COLLECTION[kind], data: data as never, req, overrideAccess: false, depth: 0 })
  return doc.id
}

/** Tries one line in its own transaction, always rolled back: the collection's verdict, nothing written. */
async function dryRun(payload: Payload, user: User, kind: ImportKind, row: PreparedRow): Promise<RowError[]> {
  try {
    await asUserDryRun(payload, user, (req) => createAs(req, kind, row.data))
    return []
  } catch (error) {
    return rowErrorsOf(kind, error, row.reader.errors, payload)
  }
}

/** A line refused while the whole file is written: the transaction is rolled back. */
class LineRefused extends Error {
  constructor(
    readonly index: number,
    readonly reason: unknown,
  ) {
    super('line refused')
  }
}

/** Matches the header line with the expected columns; refuses a file that cannot be read line by line. */
function readersOf(kind: ImportKind, parsed: ParsedCsv): RowReader[] {
  const columns = IMPORT_COLUMNS[kind]
  const match = matchHeaders(parsed.headers, columns)
  const faults = [
    ...match.missing.map((column) => ({ field: column.key, message: `Colonne obligatoire absente : « ${column.label} ».` })),
    ...match.duplicated.map((label) => ({ field: 'csv', message: `La colonne « ${label} » figure deux fois.` })),
  ]
  if (!parsed.records.length) faults.push({ field: 'csv', message: 'Le fichier ne contient aucune ligne à importer sous les intitulés.' })
  if (parsed.records.length > MAX_IMPORT_ROWS) {
    faults.push({ field: 'csv', message: `Le fichier contient ${parsed.records.length} lignes : importez-en ${MAX_IMPORT_ROWS} au plus à la fois.` })
  }
  if (faults.length) throw new ImportFileError(faults)
  return parsed.records.map((record) => new RowReader(record, match, columns))
}

/**
 * Imports offers or organisations into a territory from a parsed CSV file, as `user`.
 * Every line is first checked by the collection itself (its access rules, hooks and validations) inside a
 * transaction that is rolled back; in `commit` mode, when every line passed, all lines are then written in
 * ONE transaction: a file is imported entirely, or not at all.
 */
export async function runImport(
  payload: Payload,
  options: { kind: ImportKind; mode: ImportMode; user: User; territory: ImportLookups['territory']; csv: ParsedCsv },
): Promise<ImportReport> {
  const { kind, mode, user, territory } = options
  const readers = readersOf(kind, options.csv)
  const lookups = await loadLookups(payload, territory, readers, kind)
  const siretLines = new Map<string, number>()
  const prepared: PreparedRow[] = readers.map((reader) => ({
    reader,
    data: kind === 'offers' ? toOfferData(reader, lookups) : toPartnerData(reader, lookups, siretLines),
  }))

  const rows: RowResult[] = []
  for (const row of prepared) {
    const errors = [...row.reader.errors, ...(await dryRun(payload, user, kind, row))]
    const label = row.reader.text(kind === 'offers' ? 'title' : 'name')
    rows.push({ line: row.reader.record.line, ok: errors.length === 0, label, errors })
  }
  const report: ImportReport = {
    kind,
    mode,
    territory: { id: territory.id, name: territory.name },
    total: rows.length,
    valid: rows.filter((row) => row.ok).length,
    invalid: rows.filter((row) => !row.ok).length,
    created: 0,
    rows,
  }
  if (mode === 'preview' || report.invalid > 0) return report

  try {
    await asUser(payload, user, async (req) => {
      for (const [index, row] of prepared.entries()) {
        try {
          rows[index].id = await createAs(req, kind, row.data)
        } catch (error) {
          throw new LineRefused(index, error)
        }
      }
    })
  } catch (error) {
    if (!(error instanceof LineRefused)) throw error
    for (const result of rows) delete result.id
    rows[error.index].ok = false
    rows[error.index].errors = rowErrorsOf(kind, error.reason, [], payload)
    return { ...report, valid: report.valid - 1, invalid: 1 }
  }
  return { ...report, created: rows.length }
}
