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
 * RFC 4180 CSV, as spreadsheets write it: optional UTF-8 BOM, `;`, `,` or tab separators, quoted cells
 * (with `""` for a quote, and line breaks inside), CRLF, LF or CR line endings. Blank lines are skipped
 * but counted, so line numbers are those a spreadsheet shows.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '')
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
