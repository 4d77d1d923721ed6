import { hmac, sameSignature } from '@/security/signing'

/**
 * The links of an SMS must be short (a text stays within two segments): `/r/<code>`, where the code holds the lead's
 * id, what the link is for and 16 characters (96 bits) of the HMAC of both with the server secret. The short link
 * leads to the same signed page as the email's link (follow-up answer, withdrawal, the request's own page); it grants nothing more.
 */
export const SHORT_LINK_PURPOSES = {
  o: 'follow-up-oui',
  n: 'follow-up-non',
  w: 'withdraw',
  s: 'status',
} as const

export type ShortLinkPurpose = (typeof SHORT_LINK_PURPOSES)[keyof typeof SHORT_LINK_PURPOSES]

const LETTER_OF = Object.fromEntries(Object.entries(SHORT_LINK_PURPOSES).map(([letter, purpose]) => [purpose, letter])) as Record<ShortLinkPurpose, string>
const SIGNATURE_LENGTH = 16
const CODE = /^([0-9a-z]{1,10})([onws])([A-Za-z0-9_-]{16})$/

const signature = (secret: string, leadId: number, purpose: ShortLinkPurpose) => hmac(secret, `boussole:short:${purpose}:${leadId}`).slice(0, SIGNATURE_LENGTH)

/** The code of a short link: « 9ix » + « o » + 16 characters. */
export const shortCode = (secret: string, leadId: number, purpose: ShortLinkPurpose): string =>
  `${leadId.toString(36)}${LETTER_OF[purpose]}${signature(secret, leadId, purpose)}`

/** The lead and the purpose of a short code, or null when it is malformed or its signature is wrong. */
export function readShortCode(secret: string, code: unknown): { leadId: number; purpose: ShortLinkPurpose } | null {
  if (typeof code !== 'string') return null
  const match = CODE.exec(code)
  if (!match) return null
  const leadId = Number.parseInt(match[1], 36)
  const purpose = SHORT_LINK_PURPOSES[match[2] as keyof typeof SHORT_LINK_PURPOSES]
  if (!Number.isSafeInteger(leadId) || leadId <= 0) return null
  return sameSignature(match[3], signature(secret, leadId, purpose)) ? { leadId, purpose } : null
}
