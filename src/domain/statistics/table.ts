import { toCsv as writeCsv } from '@/domain/shared/csv'

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

/** « 83 % » (French), or « — » when there is nothing to measure. */
export const formatShare = (share: number | null): string =>
  share === null ? '—' : `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(share * 100)} %`

/**
 * CSV as spreadsheets in France open it: semicolon-separated, CRLF, UTF-8 with a byte order mark
 * (so Excel reads the accents), the column titles on the first line. Written by the one CSV writer of the
 * platform (the exports' `toCsv`): cells a spreadsheet would run as a formula (an organisation named
 * « =HYPERLINK(…) », « @SUM(…) », « +cmd », « -1+1 ») are neutralised the same way everywhere.
 */
export function toCsv(table: StatTable): string {
  return writeCsv(table.columns, table.rows)
}

/** Parses what `toCsv` wrote (for tests and round trips). */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const text = csv.replace(/^\uFEFF/, '')
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === ';') {
      row.push(cell)
      cell = ''
    } else if (char === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else if (char !== '\r') cell += char
  }
  if (cell || row.length) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
