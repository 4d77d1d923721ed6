/**
 * Which addresses may be stored where a browser will follow them (a website field, a link in rich text).
 * An allow-list of schemes, checked on the raw value: browsers ignore leading spaces and remove tabs and
 * line breaks anywhere in a URL (` java\tscript:` runs), and treat `\` like `/` (`/\evil.example` leaves the
 * site), so a value with any whitespace, control character or backslash is refused outright rather than
 * cleaned up. Percent-encoding (`java%0ascript:`) is not decoded in a scheme: such a value is a relative
 * path, refused unless relative addresses are allowed and it starts with `/` or `#`.
 */

export type UrlScheme = 'https' | 'http' | 'mailto' | 'tel'

export interface UrlPolicy {
  schemes: readonly UrlScheme[]
  /** site-relative paths (`/territoires/lot`) and anchors (`#horaires`) */
  relative: boolean
}

/** A partner's or a territory's website: a web address, nothing else. */
export const WEBSITE_POLICY: UrlPolicy = { schemes: ['https', 'http'], relative: false }
/** A link in rich text: web, e-mail and phone links, and links within the site. */
export const RICH_TEXT_LINK_POLICY: UrlPolicy = { schemes: ['https', 'http', 'mailto', 'tel'], relative: true }

export const URL_MAX_LENGTH = 2048

export type UrlProblem = 'empty' | 'too-long' | 'whitespace' | 'scheme' | 'malformed' | 'relative'

/** Whitespace (Unicode included), C0/C1 control characters, and the backslash. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\ufeff\\]/u
const SCHEME = /^([a-z][a-z0-9+.-]*):/i
/** A host name and an optional port; no `user@` part (`https://www.caf.fr@evil.example` goes to evil.example). */
const HOST_OK = /^[^@/?#:]+(:\d{1,5})?$/

/** `null` when `value` may be stored under `policy`, otherwise why not. */
export function urlProblem(value: string, policy: UrlPolicy): UrlProblem | null {
  if (value.length === 0) return 'empty'
  if (value.length > URL_MAX_LENGTH) return 'too-long'
  if (FORBIDDEN_CHARACTERS.test(value)) return 'whitespace'
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase()
  if (scheme === undefined) {
    if (!policy.relative) return 'scheme'
    // `/path` or `#anchor`; never `//host` (another site, protocol-relative)
    return /^(\/(?!\/)|#)/.test(value) ? null : 'relative'
  }
  if (!(policy.schemes as readonly string[]).includes(scheme)) return 'scheme'
  const rest = value.slice(scheme.length + 1)
  switch (scheme) {
    case 'https':
    case 'http': {
      if (!rest.startsWith('//')) return 'malformed'
      const authority = rest.slice(2).split(/[/?#]/, 1)[0]
      if (!authority || !HOST_OK.test(authority)) return 'malformed'
      try {
        const url = new URL(value)
        return url.hostname ? null : 'malformed'
      } catch {
        return 'malformed'
      }
    }
    case 'mailto':
      return /^[^@?]+@[^@?]+\.[^@?]+(\?.*)?$/.test(rest) ? null : 'malformed'
    case 'tel':
      return /^\+?[0-9().-]{3,20}$/.test(rest) ? null : 'malformed'
    default:
      return 'scheme'
  }
}

const schemesList = (policy: UrlPolicy): string =>
  policy.schemes.map((scheme) => (scheme === 'https' || scheme === 'http' ? `${scheme}://` : `${scheme}:`)).join(', ')

/** Shortened for a message (a hostile value may be long). */
const shown = (value: string): string => {
  // eslint-disable-next-line no-control-regex
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '�')
  return visible.length > 60 ? `${visible.slice(0, 57)}…` : visible
}

/** The French message for a refused address in the field labelled `label`. */
export function urlProblemMessage(label: string, value: string, problem: UrlProblem, policy: UrlPolicy): string {
  const allowed = `seules les adresses commençant par ${schemesList(policy)}${policy.relative ? ', / ou #' : ''} sont acceptées`
  switch (problem) {
    case 'empty':
      return `« ${label} » : l’adresse est vide.`
    case 'too-long':
      return `« ${label} » : l’adresse dépasse ${URL_MAX_LENGTH} caractères.`
    case 'whitespace':
      return `« ${label} » : l’adresse « ${shown(value)} » contient un espace, un retour à la ligne ou un caractère invisible ; retirez-le.`
    case 'scheme':
      return `« ${label} » : l’adresse « ${shown(value)} » n’est pas acceptée ; ${allowed} (par exemple https://www.organisme.fr).`
    case 'relative':
      return `« ${label} » : l’adresse « ${shown(value)} » n’est pas acceptée ; ${allowed}.`
    case 'malformed':
      return `« ${label} » : l’adresse « ${shown(value)} » est mal formée (par exemple https://www.organisme.fr${policy.schemes.includes('mailto') ? ', mailto:contact@organisme.fr ou tel:+33512345678' : ''}).`
  }
}
