import { describe, expect, it } from '@jest/globals'

import { defaultRichTextRules, MAX_RICH_TEXT_DEPTH, richTextProblem } from '../../src/fields/richTextNodes'

const rules = defaultRichTextRules()
const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 })
const link = (fields: Record<string, unknown>, type = 'link') => ({
  type,
  fields,
  children: [text('lien')],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
const doc = (...children: unknown[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })

/** [case, value, expected message fragment or null when accepted] */
const CASES: [string, unknown, string | null][] = [
  ['empty value', null, null],
  ['a paragraph', doc(paragraph(text('Bonjour'))), null],
  [
    'every default node type',
    doc(
      { type: 'heading', tag: 'h2', children: [text('Titre')] },
      { type: 'list', listType: 'bullet', tag: 'ul', children: [{ type: 'listitem', value: 1, children: [text('un')] }] },
      { type: 'quote', children: [text('citation')] },
      { type: 'horizontalrule' },
      paragraph(text('a'), { type: 'linebreak' }, { type: 'tab', text: '\t' }, text('b')),
      { type: 'upload', relationTo: 'media', value: 1, fields: {} },
      { type: 'relationship', relationTo: 'offers', value: 1 },
    ),
    null,
  ],
  ['an https link', doc(paragraph(link({ url: 'https://www.mission-locale-lot.fr', linkType: 'custom', newTab: true }))), null],
  ['a mailto autolink', doc(paragraph(link({ url: 'mailto:contact@organisme.fr', linkType: 'custom' }, 'autolink'))), null],
  ['a tel link', doc(paragraph(link({ url: 'tel:+33512345678' }))), null],
  ['an anchor link', doc(paragraph(link({ url: '#horaires', linkType: 'custom' }))), null],
  ['an internal link', doc(paragraph(link({ linkType: 'internal', doc: { relationTo: 'offers', value: 3 } }))), null],
  [
    'a javascript: link',
    doc(paragraph(link({ url: 'javascript:alert(1)', linkType: 'custom' }))),
    '« Description › lien » : l’adresse « javascript:alert(1) » n’est pas acceptée',
  ],
  ['a JaVaScRiPt: autolink', doc(paragraph(link({ url: 'JaVaScRiPt:alert(1)' }, 'autolink'))), 'n’est pas acceptée'],
  [
    'a data: link deep in a list',
    doc({ type: 'list', children: [{ type: 'listitem', children: [paragraph(link({ url: 'data:text/html,<script>alert(1)</script>' }))] }] }),
    'n’est pas acceptée',
  ],
  ['a link with a newline in the scheme', doc(paragraph(link({ url: 'java\nscript:alert(1)' }))), 'contient un espace'],
  ['a protocol-relative link', doc(paragraph(link({ url: '//evil.example' }))), 'n’est pas acceptée'],
  [
    'an internal link carrying a javascript: url',
    doc(paragraph(link({ linkType: 'internal', doc: { relationTo: 'offers', value: 3 }, url: 'javascript:alert(1)' }))),
    'n’est pas acceptée',
  ],
  ['an internal link without document', doc(paragraph(link({ linkType: 'internal' }))), 'un lien est invalide'],
  ['an unknown link type', doc(paragraph(link({ linkType: 'script', url: 'https://organisme.fr' }))), 'un lien est invalide'],
  ['a link without address', doc(paragraph(link({ linkType: 'custom' }))), 'un lien n’a pas d’adresse'],
  ['a non-string url', doc(paragraph(link({ url: { toString: 'javascript:alert(1)' } }))), 'un lien est invalide'],
  ['an unknown node type', doc(paragraph({ type: 'html', html: '<script>alert(1)</script>' })), 'non pris en charge par l’éditeur (« html »)'],
  ['an unknown block', doc({ type: 'block', fields: { blockType: 'iframe' } }), '(« block »)'],
  ['a nested root', doc(paragraph({ type: 'root', children: [] })), '(« root »)'],
  ['a node without type', doc(paragraph({ text: 'x' })), 'élément invalide'],
  ['children that are not a list', doc({ type: 'paragraph', children: { 0: text('x') } }), 'élément invalide'],
  ['a string instead of a node', doc('javascript:alert(1)'), 'élément invalide'],
  ['no root', { paragraph: {} }, 'pas un texte mis en forme valide'],
  ['a root of another type', { root: { type: 'paragraph', children: [] } }, 'racine manquante'],
  ['a plain string', 'Bonjour', 'pas un texte mis en forme valide'],
]

describe('rich-text content', () => {
  it.each(CASES)('%s', (_label, value, expected) => {
    const problem = richTextProblem(value, 'Description', rules)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })

  it('refuses nesting deeper than any person writes, without exhausting the stack', () => {
    let node: Record<string, unknown> = text('fond')
    for (let depth = 0; depth < 100_000; depth += 1) node = { type: 'quote', children: [node] }
    expect(richTextProblem({ root: { type: 'root', children: [node] } }, 'Description', rules)).toContain('imbriqué trop profondément')
    let shallow: Record<string, unknown> = text('fond')
    for (let depth = 0; depth < MAX_RICH_TEXT_DEPTH - 2; depth += 1) shallow = { type: 'quote', children: [shallow] }
    expect(richTextProblem({ root: { type: 'root', children: [shallow] } }, 'Description', rules)).toBeNull()
  })

  it('refuses a huge number of nodes', () => {
    expect(richTextProblem(doc(...Array.from({ length: 30_000 }, () => paragraph())), 'Description', rules)).toContain('trop long')
  })

  it('only the node types of the configured editor', () => {
    const textOnly = defaultRichTextRules(['root', 'paragraph', 'text'])
    expect(richTextProblem(doc(paragraph(text('a'))), 'Présentation', textOnly)).toBeNull()
    expect(richTextProblem(doc({ type: 'heading', children: [] }), 'Présentation', textOnly)).toContain('« Présentation »')
  })
})
