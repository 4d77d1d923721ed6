import { describe, expect, it } from '@jest/globals'

import { plainTextToRichText } from '../../src/domain/shared/plainTextToRichText'
import { richTextToPlainText } from '../../src/domain/shared/richTextToPlainText'

const text = (value: string) => ({ type: 'text', text: value })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('richTextToPlainText', () => {
  it.each<[string, unknown, string]>([
    ['one paragraph', doc(paragraph(text('Bonjour'))), 'Bonjour'],
    ['paragraphs separated by a blank line', doc(paragraph(text('Bonjour')), paragraph(text('Suite.'))), 'Bonjour\n\nSuite.'],
    ['text runs of a paragraph joined', doc(paragraph(text('Un '), text('CV'), text(' à jour'))), 'Un CV à jour'],
    ['a line break', doc(paragraph(text('Ligne 1'), { type: 'linebreak' }, text('Ligne 2'))), 'Ligne 1\nLigne 2'],
    [
      'list items as « - » lines',
      doc(paragraph(text('Au programme :')), {
        type: 'list',
        children: [
          { type: 'listitem', children: [text('des stages')] },
          { type: 'listitem', children: [text(' un CV ')] },
        ],
      }),
      'Au programme :\n\n- des stages\n- un CV',
    ],
    [
      'a link keeps its address',
      doc(paragraph(text('Voir '), { type: 'link', fields: { url: 'https://exemple.fr' }, children: [text('le site')] })),
      'Voir le site <https://exemple.fr>',
    ],
    ['a link without address', doc(paragraph({ type: 'link', fields: {}, children: [text('le site')] })), 'le site'],
    ['text nodes without a type (older values)', doc({ children: [{ text: 'Bonjour' }] }), 'Bonjour'],
    ['empty paragraphs dropped', doc(paragraph(), paragraph(text('  ')), paragraph(text('Fin'))), 'Fin'],
    ['surrounding spaces trimmed', doc(paragraph(text('  Bonjour  '))), 'Bonjour'],
    ['no children', { root: { type: 'root' } }, ''],
    ['no root', {}, ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
  ])('%s', (_case, value, expected) => {
    expect(richTextToPlainText(value)).toBe(expected)
  })
})

describe('plainTextToRichText then richTextToPlainText', () => {
  it.each<[string, string, string]>([
    ['one paragraph', 'Bonjour', 'Bonjour'],
    ['paragraphs', 'Bonjour\n\nSuite.', 'Bonjour\n\nSuite.'],
    ['a list', 'Au programme :\n\n- des stages\n- un CV', 'Au programme :\n\n- des stages\n- un CV'],
    ['lines of a paragraph', 'Ligne 1\nLigne 2', 'Ligne 1\nLigne 2'],
    ['Windows line ends and extra blank lines', 'Bonjour\r\n\r\n\r\nSuite.', 'Bonjour\n\nSuite.'],
    ['spaces around lines', '  Bonjour  \n\n  - un CV  ', 'Bonjour\n\n- un CV'],
  ])('%s', (_case, cell, expected) => {
    expect(richTextToPlainText(plainTextToRichText(cell))).toBe(expected)
  })

  it('writes nothing for an empty cell', () => {
    expect(plainTextToRichText(' \n\n ')).toBeNull()
  })
})
