/**
 * Search keys for place names: the same function normalises the stored commune names (`communes.searchKey`)
 * and what people type, so that "st etienne", "saint-etienne", "Saint-Étienne" and "ST-ÉTIENNE" all give
 * "saint etienne", and "l isle" is a prefix of the key of "L'Isle-Jourdain" ("l isle jourdain").
 */

/** Whole-word abbreviations expanded after normalisation. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
}

/** Ligatures that NFD does not decompose. */
const LIGATURES: ReadonlyArray<[RegExp, string]> = [
  [/œ/g, 'oe'],
  [/æ/g, 'ae'],
  [/ß/g, 'ss'],
]

/**
 * Lowercase, accents removed, every character that is neither a letter nor a digit (hyphens, apostrophes
 * ' and ’, dots, commas, parentheses…) turned into a space, spaces collapsed and trimmed, then the
 * abbreviations `st`/`ste` expanded as whole words. Pure; returns '' for blank input.
 */
export function normalizeSearchKey(input: string | null | undefined): string {
  if (!input) return ''
  let text = input
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
  for (const [pattern, replacement] of LIGATURES) text = text.replace(pattern, replacement)
  const words = text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0)
  return words.map((word) => (Object.hasOwn(ABBREVIATIONS, word) ? ABBREVIATIONS[word] : word)).join(' ')
}

/** A query as a code: spaces removed, uppercased ("46 000" → "46000", "2a004" → "2A004"). */
export function normalizeCodeQuery(input: string | null | undefined): string {
  return (input ?? '').replace(/\s+/g, '').toUpperCase()
}

/**
 * True when the query looks like the beginning of a postal code or an INSEE code rather than a name:
 * 1 to 5 digits, or a Corsican INSEE code ("2A", "2B004"). Spaces are ignored ("46 0" → true).
 */
export function isCodeQuery(input: string | null | undefined): boolean {
  const code = normalizeCodeQuery(input)
  return /^\d{1,5}$/.test(code) || /^2[AB]\d{0,3}$/.test(code)
}
