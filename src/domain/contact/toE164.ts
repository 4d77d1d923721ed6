const SEPARATORS = /[\s.\-/()\u00a0\u202f]/g

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

/**
 * A French phone number (landline, mobile, 08, overseas) in E.164 form ('05 36 49 10 10' → '+33536491010'),
 * or null when it is not one (short numbers such as 3949, foreign numbers, typos).
 */
export function toE164(input: string | null | undefined): string | null {
  if (typeof input !== 'string') return null
  let digits = input.trim().replace(SEPARATORS, '')
  if (digits.startsWith('+33') || digits.startsWith('0033')) {
    digits = `0${digits.slice(digits.startsWith('+') ? 3 : 4).replace(/^0/, '')}`
  } else if (/^\+(590|594|596|262)\d{9}$/.test(digits)) {
    return digits
  }
  if (!/^0[1-9]\d{8}$/.test(digits)) return null
  const overseas = OVERSEAS_PREFIXES.find(([prefix]) => digits.startsWith(prefix))
  return overseas ? `+${overseas[1]}${digits.slice(1)}` : `+33${digits.slice(1)}`
}
