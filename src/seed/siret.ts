import { isValidSiret } from '@/domain/partners/validateSiret'

/** The Luhn check digit to append to `body` (digits only). */
export function luhnCheckDigit(body: string): string {
  const sum = [...body]
    .map(Number)
    .reverse()
    .reduce((total, digit, position) => {
      // Once the check digit is appended, the body's rightmost digit sits at an odd position: doubled.
      const weighted = position % 2 === 0 ? digit * 2 : digit
      return total + (weighted > 9 ? weighted - 9 : weighted)
    }, 0)
  return String((10 - (sum % 10)) % 10)
}

/**
 * A fictitious but well-formed SIRET: an 8-digit SIREN body and a 4-digit establishment number (NIC),
 * each completed with its Luhn check digit, so that both the SIREN and the SIRET are valid.
 */
export function demoSiret(sirenBody: string, nic: string): string {
  if (!/^\d{8}$/.test(sirenBody) || !/^\d{4}$/.test(nic)) throw new Error(`demoSiret: « ${sirenBody} » / « ${nic} » mal formés`)
  const siren = sirenBody + luhnCheckDigit(sirenBody)
  const body = siren + nic
  const siret = body + luhnCheckDigit(body)
  if (!isValidSiret(siret)) throw new Error(`demoSiret: SIRET invalide généré (${siret})`)
  return siret
}
