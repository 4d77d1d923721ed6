import { type RichTextFieldValidation, type TextFieldSingleValidation, validations } from 'payload'

import { DEFAULT_EDITOR_NODE_TYPES, richTextProblem, type RichTextRules } from './richTextNodes'
import { RICH_TEXT_LINK_POLICY, urlProblem, urlProblemMessage, WEBSITE_POLICY } from './safeUrl'

/**
 * Payload `validate` functions (they run for the Local API, REST, GraphQL and the admin alike) around the
 * pure rules of `safeUrl` and `richTextNodes`. Payload's own validation of the field type runs too (a custom
 * `validate` replaces it): length limits, required, the editor's node validations.
 */

const labelOf = (options: { label?: unknown; name?: string }): string => (typeof options.label === 'string' ? options.label : (options.name ?? 'champ'))

/** A text field holding a website: `https://…` or `http://…` only. */
export const validateWebsite: TextFieldSingleValidation = async (value, options) => {
  const base = await validations.text(value, options)
  if (base !== true) return base
  if (value === null || value === undefined || value === '') return true
  const problem = urlProblem(value, WEBSITE_POLICY)
  return problem ? urlProblemMessage(labelOf(options), value, problem, WEBSITE_POLICY) : true
}

/** Lexical's core nodes, present whatever the features. */
const CORE_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

interface EditorWithNodes {
  editorConfig?: { features?: { nodes?: { node: { getType?: () => string; replace?: { getType: () => string } } }[] } }
}

const rulesCache = new WeakMap<object, RichTextRules>()

/** The node types the field's (sanitised) editor offers, from its features; the defaults if unknown. */
export function editorRules(editor: unknown): RichTextRules {
  if (!editor || typeof editor !== 'object') return { nodeTypes: new Set(DEFAULT_EDITOR_NODE_TYPES), links: RICH_TEXT_LINK_POLICY }
  const cached = rulesCache.get(editor)
  if (cached) return cached
  const nodes = (editor as EditorWithNodes).editorConfig?.features?.nodes
  const types = nodes
    ? [
        ...CORE_NODE_TYPES,
        ...nodes
          .map(({ node }) => ('replace' in node && node.replace ? node.replace.getType() : node.getType?.()))
          .filter((type): type is string => Boolean(type)),
      ]
    : DEFAULT_EDITOR_NODE_TYPES
  const rules = { nodeTypes: new Set(types), links: RICH_TEXT_LINK_POLICY }
  rulesCache.set(editor, rules)
  return rules
}

/** A rich-text field: only the editor's node types, links with a safe address. */
export const validateRichText: RichTextFieldValidation = async (value, options) => {
  // Ours first: it bounds the depth before the editor's recursive validation walks the tree.
  const problem = richTextProblem(value, labelOf(options), editorRules((options as { editor?: unknown }).editor))
  return problem ?? validations.richText(value, options)
}
