/** SIREN of La Poste, whose establishments use a different check (see isValidSiret). */
export const LA_POSTE_SIREN = '356000000'
/** La Poste's head office, which follows the usual Luhn rule. */
export const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048'

const SPACES = /[\s\u00a0\u202f]/g
const SIRET_PATTERN = /^\d{14}$/

const digitsOf = (text: string): number[] => [...text].map(Number)

/** Luhn: from the right, every second digit is doubled (minus 9 above 9); the sum must be a multiple of 10. */
function passesLuhn(digits: string): boolean {
  const sum = digitsOf(digits)
    .reverse()
    .reduce((total, digit, position) => {
      const weighted = position % 2 === 1 ? digit * 2 : digit
      return total + (weighted > 9 ? weighted - 9 : weighted)
    }, 0)
  return sum % 10 === 0
}

/** La Poste establishments (except the head office): the plain sum of the digits must be a multiple of 5. */
function passesLaPosteRule(digits: string): boolean {
  return digitsOf(digits).reduce((total, digit) => total + digit, 0) % 5 === 0
}

function hasValidChecksum(siret: string): boolean {
  const isLaPosteEstablishment = siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE_SIRET
  return isLaPosteEstablishment ? passesLaPosteRule(siret) : passesLuhn(siret)
}

/** The 14 digits of a valid SIRET ('732 829 320 00074' → '73282932000074'), or null. */
export function normalizeSiret(input: string): string | null {
  if (typeof input !== 'string') return null
  const siret = input.replace(SPACES, '')
  return SIRET_PATTERN.test(siret) && hasValidChecksum(siret) ? siret : null
}

/** 14 digits (spaces allowed) with a valid check: Luhn, or La Poste's multiple-of-5 rule. */
export function isValidSiret(input: string): boolean {
  return normalizeSiret(input) !== null
}
