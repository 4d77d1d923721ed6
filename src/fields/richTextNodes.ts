import { RICH_TEXT_LINK_POLICY, type UrlPolicy, urlProblem, urlProblemMessage } from './safeUrl'

/**
 * What a rich-text (Lexical JSON) value may hold: a `root` node, then only the node types the editor offers,
 * and links (`link`, `autolink`) whose address passes `safeUrl`. Anything else — an unknown node type that a
 * renderer might pass through, a `javascript:` link typed through the API — is refused, whatever the channel.
 */

/** The node types of `lexicalEditor()` with its default features (Payload 3.90), core nodes included. */
export const DEFAULT_EDITOR_NODE_TYPES = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'list',
  'listitem',
  'quote',
  'link',
  'autolink',
  'relationship',
  'upload',
  'horizontalrule',
] as const

export const LINK_NODE_TYPES = ['link', 'autolink']
/** Hostile values may nest deeply to exhaust the stack: far beyond what a person writes. */
export const MAX_RICH_TEXT_DEPTH = 40
export const MAX_RICH_TEXT_NODES = 20_000

export interface RichTextRules {
  nodeTypes: ReadonlySet<string>
  links: UrlPolicy
}

export const defaultRichTextRules = (nodeTypes: Iterable<string> = DEFAULT_EDITOR_NODE_TYPES): RichTextRules => ({
  nodeTypes: new Set(nodeTypes),
  links: RICH_TEXT_LINK_POLICY,
})

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const shownType = (type: string): string => (type.length > 40 ? `${type.slice(0, 37)}…` : type)

/** `null` when the value may be stored, otherwise the French message naming the field labelled `label`. */
export function richTextProblem(value: unknown, label: string, rules: RichTextRules): string | null {
  if (value === null || value === undefined) return null
  if (!isObject(value) || !isObject(value.root)) return `« ${label} » : le contenu n’est pas un texte mis en forme valide.`
  if (value.root.type !== 'root') return `« ${label} » : le contenu n’est pas un texte mis en forme valide (racine manquante).`
  let count = 0
  // Iterative walk (no recursion: the depth is bounded and checked explicitly).
  const stack: { node: unknown; depth: number }[] = [{ node: value.root, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    count += 1
    if (count > MAX_RICH_TEXT_NODES) return `« ${label} » : le contenu est trop long.`
    if (depth > MAX_RICH_TEXT_DEPTH) return `« ${label} » : le contenu est imbriqué trop profondément.`
    if (!isObject(node) || typeof node.type !== 'string') return `« ${label} » : le contenu contient un élément invalide.`
    const { type } = node
    if (!rules.nodeTypes.has(type) || (type === 'root' && depth > 0)) {
      return `« ${label} » : le contenu contient un élément non pris en charge par l’éditeur (« ${shownType(type)} »).`
    }
    if (LINK_NODE_TYPES.includes(type)) {
      const problem = linkProblem(node, label, rules.links)
      if (problem) return problem
    }
    if ('children' in node && node.children !== undefined) {
      if (!Array.isArray(node.children)) return `« ${label} » : le contenu contient un élément invalide.`
      for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push({ node: node.children[index], depth: depth + 1 })
    }
  }
  return null
}

/**
 * A link: its `fields.url` always passes the URL policy when present (even on an « internal » link, whose
 * renderer might fall back to it); an internal link names a document; an external one has a URL.
 */
function linkProblem(node: Record<string, unknown>, label: string, policy: UrlPolicy): string | null {
  const fields = isObject(node.fields) ? node.fields : {}
  const linkType = fields.linkType ?? 'custom'
  const url = fields.url
  const invalid = `« ${label} » : un lien est invalide.`
  if (linkType !== 'custom' && linkType !== 'internal') return invalid
  if (url !== undefined && url !== null && url !== '') {
    if (typeof url !== 'string') return invalid
    const problem = urlProblem(url, policy)
    if (problem) return urlProblemMessage(`${label} › lien`, url, problem, policy)
  } else if (linkType === 'custom') {
    return `« ${label} » : un lien n’a pas d’adresse.`
  }
  if (linkType === 'internal' && !isObject(fields.doc)) return invalid
  return null
}
