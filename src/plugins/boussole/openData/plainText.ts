interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

function textOf(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'list') return (node.children ?? []).map((item) => `- ${textOf(item).trim()}`).join('\n')
  return (node.children ?? []).map(textOf).join('')
}

/** The plain text of a Lexical rich-text value: one block per paragraph, list items as « - » lines. */
export function richTextToPlainText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root?.children) return ''
  return root.children
    .map((node) => textOf(node).trim())
    .filter(Boolean)
    .join('\n\n')
}
