import { describe, expect, it } from '@jest/globals'

import { csvCell, CsvSyntaxError, parseCsv, toCsv, type CellValue } from '../../src/domain/shared/csv'

describe('csvCell: one quoting rule and one formula guard', () => {
  it.each<[CellValue, string]>([
    ['texte', 'texte'],
    ['=1+1', "'=1+1"],
    ['+33612345678', "'+33612345678"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', `"'\tx"`],
    ['\r=1', `"'\r=1"`],
    ['a;b', '"a;b"'],
    ['a,b', '"a,b"'],
    ['a\tb', '"a\tb"'],
    ['a\nb', '"a\nb"'],
    ['dit "non"', '"dit ""non"""'],
    [' espace', '" espace"'],
    ['espace ', '"espace "'],
    ['a=b', 'a=b'],
    ['Hélène', 'Hélène'],
    ['', ''],
    [true, 'oui'],
    [false, 'non'],
    [-2, '-2'],
    [0.5, '0.5'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
    [null, ''],
    [undefined, ''],
  ])('csvCell(%j) → %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })
})

describe('toCsv: what spreadsheets in France open', () => {
  it('writes a BOM, « ; » separators and CRLF after every line', () => {
    expect(toCsv(['A', 'B'], [['1', 2]])).toBe('\uFEFFA;B\r\n1;2\r\n')
  })
  it('writes the header line alone when there is no row', () => {
    expect(toCsv(['Organisme'], [])).toBe('\uFEFFOrganisme\r\n')
  })
})

describe('write → parse round trip', () => {
  // [case, cell written, cell read back]
  it.each<[string, CellValue, string]>([
    ['plain text', 'Mission Locale du Lot', 'Mission Locale du Lot'],
    ['accents and symbols', 'Hébergement d’urgence — 5 €', 'Hébergement d’urgence — 5 €'],
    ['quotes', 'dit "non"', 'dit "non"'],
    ['French quotes and semicolon', 'CCAS ; « Cahors »', 'CCAS ; « Cahors »'],
    ['comma', 'Emploi, Formation', 'Emploi, Formation'],
    ['tab inside', 'a\tb', 'a\tb'],
    ['CRLF inside', 'ligne 1\r\nligne 2', 'ligne 1\r\nligne 2'],
    ['LF inside', 'ligne 1\nligne 2', 'ligne 1\nligne 2'],
    ['leading and trailing spaces', '  marge  ', '  marge  '],
    ['BOM-like character inside', 'a\uFEFFb', 'a\uFEFFb'],
    ['leading =', '=HYPERLINK("http://evil.example";"clic")', `'=HYPERLINK("http://evil.example";"clic")`],
    ['leading +', "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['leading -', '-1+1', "'-1+1"],
    ['leading @', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['leading tab', '\t=1+1', "'\t=1+1"],
    ['negative number', -2, '-2'],
    ['decimal number', 0.5, '0.5'],
    ['boolean', true, 'oui'],
    ['empty text', '', ''],
    ['null', null, ''],
  ])('%s', (_, written, read) => {
    const parsed = parseCsv(toCsv(['Intitulé', 'Valeur', 'Fin'], [['x', written, 'fin']]))
    expect(parsed.separator).toBe(';')
    expect(parsed.headers).toEqual(['Intitulé', 'Valeur', 'Fin'])
    expect(parsed.records.map((record) => record.cells)).toEqual([['x', read, 'fin']])
  })

  it('keeps empty cells and counts the lines a spreadsheet shows', () => {
    const parsed = parseCsv(
      toCsv(
        ['A', 'B', 'C', 'D'],
        [
          ['a;b', 'ligne 1\r\nligne 2', '"x"', '=cmd'],
          ['', 'é€', 'fin', ''],
          [null, null, null, 'dernière'],
        ],
      ),
    )
    expect(parsed.records).toEqual([
      { line: 2, cells: ['a;b', 'ligne 1\r\nligne 2', '"x"', "'=cmd"] },
      { line: 4, cells: ['', 'é€', 'fin', ''] },
      { line: 5, cells: ['', '', '', 'dernière'] },
    ])
  })

  it('round-trips a header holding a tab or a comma (the separator stays « ; »)', () => {
    const parsed = parseCsv(toCsv(['Nom\tcourt'], [['x']]))
    expect([parsed.separator, parsed.headers, parsed.records[0].cells]).toEqual([';', ['Nom\tcourt'], ['x']])
    expect(parseCsv(toCsv(['Ville, code'], [['Cahors, 46000']])).records[0].cells).toEqual(['Cahors, 46000'])
  })
})

describe('parseCsv: files as spreadsheets write them', () => {
  it.each<[string, string, ';' | ',' | '\t', string[], string[][]]>([
    ['French Excel with a BOM', '\uFEFFa;b\r\n1;2\r\n', ';', ['a', 'b'], [['1', '2']]],
    ['without a BOM, LF endings', 'a;b\n1;2', ';', ['a', 'b'], [['1', '2']]],
    ['commas', 'a,b\n"1,5",2\n', ',', ['a', 'b'], [['1,5', '2']]],
    ['tabs', 'a\tb\n1\t2\n', '\t', ['a', 'b'], [['1', '2']]],
    ['old Mac CR endings', 'a;b\r1;2\r', ';', ['a', 'b'], [['1', '2']]],
    ['trimmed headers', ' a ; b \n1;2', ';', ['a', 'b'], [['1', '2']]],
    ['blank lines skipped', 'a;b\n\n1;2\n;\n', ';', ['a', 'b'], [['1', '2']]],
    ['a quote inside an unquoted cell stays', 'a;b\n5" pouces;2', ';', ['a', 'b'], [['5" pouces', '2']]],
  ])('%s', (_, text, separator, headers, cells) => {
    const parsed = parseCsv(text)
    expect([parsed.separator, parsed.headers, parsed.records.map((record) => record.cells)]).toEqual([separator, headers, cells])
  })

  it.each<[string, string, number, RegExp]>([
    ['an unterminated quote', 'a;b\n"1;2\n3;4', 2, /^Ligne 2 : guillemet ouvrant sans guillemet fermant\.$/],
    ['an empty file', '', 1, /première ligne/],
    ['a blank first line', '\na;b\n1;2', 1, /première ligne/],
  ])('refuses %s', (_, text, line, message) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError)
    try {
      parseCsv(text)
    } catch (error) {
      expect([(error as CsvSyntaxError).line, (error as CsvSyntaxError).message]).toEqual([line, expect.stringMatching(message)])
    }
  })
})
