/**
 * French phone numbers, one place: what people type in the lead form, what organisations write in their
 * records, and how the service shows a number back. Everything is stored in E.164 ('+33612345678').
 */

/** Separators people type in phone numbers: spaces (incl. non-breaking and narrow ones), dots, dashes, slashes. */
const SEPARATORS = /[\s.\-/\u00a0\u202f]/g
/** Parentheses, as in '(0)5 36 49 10 10', tolerated in organisations' records only. */
const PARENTHESES = /[()]/g

const FRANCE = '+33'
/** '+33' or '0033' before the national number. */
const COUNTRY_PREFIX = /^(?:\+33|0033)/

const withoutSeparators = (input: string): string => input.trim().replace(SEPARATORS, '')

/**
 * Optional country prefix (with the '(0)' or '0' trunk prefix sometimes kept after it), or the national '0',
 * then a mobile number: 6 or 7 followed by 8 digits.
 */
const FRENCH_MOBILE = /^(?:(?:\+33|0033)(?:\(0\)|0)?|0)([67]\d{8})$/

/**
 * A French mobile number in E.164 form ('+33612345678'), or null for anything else (landlines 01–05 and 09,
 * 08 numbers, wrong lengths, letters). Accepts '06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78',
 * '0033612345678', '+33 (0)6 12 34 56 78'…
 */
export function normalizeFrenchMobile(input: string): string | null {
  if (typeof input !== 'string') return null
  const match = FRENCH_MOBILE.exec(withoutSeparators(input))
  return match ? `${FRANCE}${match[1]}` : null
}

/**
 * Overseas départements and territories dialled with their own country code: their 10-digit national
 * numbers start with these prefixes (0596 12 34 56 → +596 596 12 34 56).
 */
const OVERSEAS_PREFIXES: readonly [prefix: string, countryCode: string][] = [
  ['0590', '590'],
  ['0690', '590'],
  ['0691', '590'], // Guadeloupe, Saint-Martin, Saint-Barthélemy
  ['0594', '594'],
  ['0694', '594'], // Guyane
  ['0596', '596'],
  ['0696', '596'],
  ['0697', '596'], // Martinique
  ['0262', '262'],
  ['0263', '262'],
  ['0692', '262'],
  ['0693', '262'], // La Réunion
  ['0269', '262'],
  ['0639', '262'], // Mayotte
]
const OVERSEAS_E164 = /^\+(590|594|596|262)\d{9}$/
const NATIONAL_NUMBER = /^0[1-9]\d{8}$/

/**
 * A French phone number (landline, mobile, 08, overseas) in E.164 form ('05 36 49 10 10' → '+33536491010'),
 * or null when it is not one (short numbers such as 3949, foreign numbers, typos).
 */
export function toE164(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null
  let digits = withoutSeparators(input).replace(PARENTHESES, '')
  if (COUNTRY_PREFIX.test(digits)) digits = `0${digits.replace(COUNTRY_PREFIX, '').replace(/^0/, '')}`
  else if (OVERSEAS_E164.test(digits)) return digits
  if (!NATIONAL_NUMBER.test(digits)) return null
  const overseas = OVERSEAS_PREFIXES.find(([prefix]) => digits.startsWith(prefix))
  return overseas ? `+${overseas[1]}${digits.slice(1)}` : `${FRANCE}${digits.slice(1)}`
}

const FRENCH_E164 = /^\+33(\d{9})$/

/** '+33612345678' → '06 12 34 56 78' (how a French professional dials it); anything else unchanged. */
export function formatFrenchPhone(e164: string): string {
  const match = FRENCH_E164.exec(e164)
  return match ? `0${match[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ') : e164
}

/** '+33612345678' → « 06 •• •• •• 78 »: enough to recognise one's own number, not to read it off a screen. */
export function maskFrenchPhone(e164: string): string {
  const match = FRENCH_E164.exec(e164)
  return match ? `0${match[1].slice(0, 1)} •• •• •• ${match[1].slice(7)}` : '••••••••••'
}
