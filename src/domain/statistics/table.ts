import { toCsv } from '@/domain/shared/csv'

/** A table of figures, shown under a chart or on its own, and exported as CSV: one definition for both. */
export type Cell = string | number | null

export interface StatTable {
  /** stable id, also the CSV file name (`<id>.csv`) */
  id: string
  title: string
  columns: string[]
  rows: Cell[][]
  /** an admin link per row (e.g. to the leads of an organisation), same order as `rows` */
  links?: (string | null)[]
}

/**
 * The CSV export of a table, exactly the figures shown, written by the platform's one CSV writer
 * (`domain/shared/csv`): `;`, CRLF, UTF-8 with a BOM, formula-like text neutralised.
 */
export const statTableToCsv = (table: StatTable): string => toCsv(table.columns, table.rows)
