/** The parts of a Lexical node that carry text. */
interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: { url?: unknown }
}

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'list') return (node.children ?? []).map((item) => `- ${textOf(item).trim()}`).join('\n')
  const text = (node.children ?? []).map(textOf).join('')
  const url = node.fields?.url
  return typeof url === 'string' && url ? `${text} <${url}>` : text
}

/**
 * The plain text of a Lexical rich-text value (an offer's description in exports, open data and the review
 * diff): one block per paragraph separated by blank lines, list items as « - » lines, a link's address after
 * its text. The inverse of plainTextToRichText for what that one writes.
 */
export function richTextToPlainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children) return ''
  return root.children
    .map((node) => textOf(node).trim())
    .filter(Boolean)
    .join('\n\n')
}
