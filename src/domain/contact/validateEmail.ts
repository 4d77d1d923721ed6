export const MAX_EMAIL_LENGTH = 254
export const MAX_EMAIL_LOCAL_PART_LENGTH = 64

/** Unquoted local part characters (RFC 5322 atext, plus Unicode letters and digits); dots checked separately. */
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u
/** Domain label: letters or digits, inner hyphens allowed. */
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u
/** Top-level domain: at least two letters (or an IDN 'xn--' label). */
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu

const hasWellPlacedDots = (text: string): boolean => !text.startsWith('.') && !text.endsWith('.') && !text.includes('..')

/**
 * Pragmatic e-mail syntax check (no DNS lookup): exactly one '@', no spaces,
 * at most 254 characters, a local part of 1–64 characters, a domain made of
 * dot-separated labels ending with a real-looking top-level domain.
 */
export function isValidEmail(input: string): boolean {
  if (typeof input !== 'string' || input.length > MAX_EMAIL_LENGTH) return false
  const parts = input.split('@')
  if (parts.length !== 2) return false
  const [local, domain] = parts
  if (local.length === 0 || local.length > MAX_EMAIL_LOCAL_PART_LENGTH) return false
  if (!LOCAL_PART.test(local) || !hasWellPlacedDots(local)) return false
  const labels = domain.split('.')
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL_DOMAIN.test(labels[labels.length - 1])
}
