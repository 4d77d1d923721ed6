/**
 * The platform's one CSV module: what Boussole writes (exports, statistics tables, import templates) and
 * what it reads (imports). One separator, one byte order mark rule, one quoting rule, one formula guard.
 */

export type CellValue = string | number | boolean | null | undefined

/** Excel reads `;`-separated UTF-8 files correctly in French locales when they start with a BOM. */
export const CSV_SEPARATOR = ';'
export const UTF8_BOM = '\uFEFF'
export const CSV_LINE_END = '\r\n'
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8'

/** Characters that make a spreadsheet treat a cell as a formula (or a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * What a cell must be quoted for: any separator a reader may detect (`;`, `,`, tab), a quote, a line
 * break, or spaces at either end (spreadsheets would drop them).
 */
const NEEDS_QUOTES = /[";,\t\r\n]|^\s|\s$/

/**
 * One CSV cell: booleans as « oui »/« non », text that a spreadsheet would run as a formula prefixed
 * with a quote (CSV injection), quoted when it holds a separator, a quote or a line break.
 */
export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'oui' : 'non'
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document: BOM, header line, `;` separators, CRLF line endings (the last line included). */
export function toCsv(headers: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR))
  return `${UTF8_BOM}${lines.join(CSV_LINE_END)}${CSV_LINE_END}`
}

/** One data line of a CSV file, with the line number (1 = header) it starts on. */
export interface CsvRecord {
  line: number
  cells: string[]
}

export interface ParsedCsv {
  separator: ';' | ',' | '\t'
  headers: string[]
  records: CsvRecord[]
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/** The separator of the header line: `;` (French Excel), `,` or tab, whichever appears most outside quotes. */
function detectSeparator(text: string): ParsedCsv['separator'] {
  const counts = { ';': 0, ',': 0, '\t': 0 }
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t'
  return counts[','] > counts[';'] ? ',' : ';'
}

/**
 * RFC 4180 CSV, as spreadsheets write it (and as `toCsv` writes it): optional UTF-8 BOM, `;`, `,` or tab
 * separators, quoted cells (with `""` for a quote, and line breaks inside), CRLF, LF or CR line endings.
 * Blank lines are skipped but counted, so line numbers are those a spreadsheet shows. Cells are read as
 * written: the quote `toCsv` puts before a formula-like text stays (a re-import never turns it into a formula).
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(UTF8_BOM) ? input.slice(UTF8_BOM.length) : input
  const separator = detectSeparator(text)
  const rows: CsvRecord[] = []
  let line = 1
  let recordLine = 1
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let cellStarted = false

  const endCell = () => {
    cells.push(cell)
    cell = ''
    cellStarted = false
  }
  const endRecord = () => {
    endCell()
    if (cells.some((value) => value.trim() !== '')) rows.push({ line: recordLine, cells })
    cells = []
  }

  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"'
          index++
        } else {
          quoted = false
        }
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line++
        cell += char
      }
      continue
    }
    if (char === '"' && !cellStarted) {
      quoted = true
      cellStarted = true
    } else if (char === separator) {
      endCell()
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++
      endRecord()
      line++
      recordLine = line
    } else {
      cell += char
      cellStarted = true
    }
  }
  if (quoted) throw new CsvSyntaxError(recordLine, `Ligne ${recordLine} : guillemet ouvrant sans guillemet fermant.`)
  if (cell !== '' || cells.length) endRecord()

  const [header, ...records] = rows
  if (!header || header.line !== 1) throw new CsvSyntaxError(1, 'La première ligne du fichier doit contenir les intitulés des colonnes.')
  return { separator, headers: header.cells.map((value) => value.trim()), records }
}
