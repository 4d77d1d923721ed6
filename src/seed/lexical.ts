import type { Offer } from '@/payload-types'

type RichText = NonNullable<Offer['description']>

const textNode = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

/**
 * A valid Lexical editor state built from plain paragraphs. A paragraph whose lines all start with
 * « - » becomes a bulleted list.
 */
export function richText(paragraphs: readonly string[]): RichText {
  const children = paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n').map((line) => line.trim())
    if (lines.length > 1 && lines.every((line) => line.startsWith('- '))) {
      return {
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        format: '',
        indent: 0,
        direction: 'ltr',
        version: 1,
        children: lines.map((line, index) => ({
          type: 'listitem',
          value: index + 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          version: 1,
          children: [textNode(line.slice(2))],
        })),
      }
    }
    return {
      type: 'paragraph',
      format: '',
      indent: 0,
      direction: 'ltr',
      textFormat: 0,
      textStyle: '',
      version: 1,
      children: [textNode(paragraph)],
    }
  })
  return { root: { type: 'root', format: '', indent: 0, direction: 'ltr', version: 1, children } }
}
