/** Separators people type in phone numbers: spaces (incl. non-breaking), dots, dashes, slashes. */
const SEPARATORS = /[\s.\-/\u00a0\u202f]/g

/**
 * Optional '+33' / '0033' country prefix (with the '(0)' or '0' trunk prefix
 * sometimes kept after it), or the national '0', then a mobile number: 6 or 7
 * followed by 8 digits.
 */
const FRENCH_MOBILE = /^(?:(?:\+33|0033)(?:\(0\)|0)?|0)([67]\d{8})$/

/**
 * A French mobile number in E.164 form ('+33612345678'), or null for anything
 * else (landlines 01–05 and 09, 08 numbers, wrong lengths, letters).
 * Accepts '06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78',
 * '0033612345678', '+33 (0)6 12 34 56 78'…
 */
export function normalizeFrenchMobile(input: string): string | null {
  if (typeof input !== 'string') return null
  const match = FRENCH_MOBILE.exec(input.trim().replace(SEPARATORS, ''))
  return match ? `+33${match[1]}` : null
}
