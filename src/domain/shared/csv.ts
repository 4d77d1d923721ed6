export type CellValue = string | number | boolean | null | undefined

/** Excel reads `;`-separated UTF-8 files correctly in French locales when they start with a BOM. */
export const CSV_SEPARATOR = ';'
export const UTF8_BOM = '\uFEFF'

/** Characters that make a spreadsheet treat a cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell: booleans as « oui »/« non », text that a spreadsheet would run as a formula prefixed
 * with a quote (CSV injection), quoted when it holds a separator, a quote or a line break.
 */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[";\r\n,]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document: BOM, header line, CRLF line endings. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR))
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`
}
