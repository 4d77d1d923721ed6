import type { CsvRecord } from '@/domain/shared/csv'

import type { HeaderMatch, ImportColumn } from './columns'

/** A fault of one line, on one column (`field` is the column key, `column` its French header). */
export interface RowError {
  field: string
  column?: string
  message: string
}

/** Reads the cells of one record by column key, and collects the faults of the line. */
export class RowReader {
  readonly errors: RowError[] = []

  constructor(
    readonly record: CsvRecord,
    private readonly match: HeaderMatch,
    private readonly columns: readonly ImportColumn[],
  ) {}

  /** The trimmed cell, '' when empty or absent. */
  text(key: string): string {
    const index = this.match.indexes.get(key)
    return index === undefined ? '' : (this.record.cells[index] ?? '').trim()
  }

  /** The trimmed cell, or undefined when empty (so the collection's default applies). */
  optional(key: string): string | undefined {
    return this.text(key) || undefined
  }

  fail(key: string, message: string): void {
    this.errors.push({ field: key, column: this.columns.find((column) => column.key === key)?.label, message })
  }

  hasError(key: string): boolean {
    return this.errors.some((error) => error.field === key)
  }

  boolean(key: string): boolean | undefined {
    const value = this.text(key).toLowerCase()
    if (!value) return undefined
    if (['oui', 'o', 'vrai', 'true', '1', 'x', 'yes'].includes(value)) return true
    if (['non', 'n', 'faux', 'false', '0', 'no'].includes(value)) return false
    this.fail(key, `Répondez « oui » ou « non » (et non « ${this.text(key)} »).`)
    return undefined
  }

  /** A whole number; anything else is reported (range checks are the collection's). */
  integer(key: string): number | undefined {
    const value = this.text(key)
    if (!value) return undefined
    if (!/^-?\d+$/.test(value)) {
      this.fail(key, `Indiquez un nombre entier (et non « ${value} »).`)
      return undefined
    }
    return Number(value)
  }

  /** 'AAAA-MM-JJ' or 'JJ/MM/AAAA' → an ISO instant at noon UTC (the same calendar day everywhere in France). */
  date(key: string): string | undefined {
    const value = this.text(key)
    if (!value) return undefined
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value)
    if (match) {
      const [year, month, day] = value.includes('/') ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]]
      const date = new Date(`${year}-${month}-${day}T12:00:00.000Z`)
      if (!Number.isNaN(date.getTime()) && date.getUTCDate() === Number(day)) return date.toISOString()
    }
    this.fail(key, `Date invalide « ${value} » : écrivez AAAA-MM-JJ ou JJ/MM/AAAA.`)
    return undefined
  }

  /** Values separated by commas, semicolons or line breaks. */
  list(key: string): string[] {
    return this.text(key)
      .split(/[,;\n]/)
      .map((value) => value.trim())
      .filter(Boolean)
  }
}
