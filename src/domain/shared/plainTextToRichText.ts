import type { Offer } from '@/payload-types'

type RichText = NonNullable<Offer['description']>

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const block = { format: '', indent: 0, direction: 'ltr', version: 1 } as const

/**
 * A Lexical value from plain text written in a spreadsheet cell: paragraphs separated by blank lines; a
 * paragraph whose lines all start with « - » becomes a bulleted list.
 */
export function plainTextToRichText(value: string): RichText | null {
  const paragraphs = value
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  if (!paragraphs.length) return null
  const children = paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n').map((line) => line.trim())
    if (lines.every((line) => line.startsWith('- '))) {
      return {
        ...block,
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        children: lines.map((line, index) => ({ ...block, type: 'listitem', value: index + 1, children: [text(line.slice(2))] })),
      }
    }
    const inline = lines.flatMap((line, index) => (index === 0 ? [text(line)] : [{ type: 'linebreak', version: 1 }, text(line)]))
    return { ...block, type: 'paragraph', textFormat: 0, children: inline }
  })
  return { root: { type: 'root', ...block, children } } as RichText
}
