import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a signed link allows; a token for one purpose is worthless for another. */
export type LinkPurpose = 'follow-up' | 'withdraw'

const hmac = (secret: string, message: string): string => createHmac('sha256', secret).update(message).digest('base64url')

/** Token of the links sent to the young person: HMAC of the lead and the purpose with the server secret. */
export const leadToken = (secret: string, leadId: number, purpose: LinkPurpose): string => hmac(secret, `boussole:lead:${purpose}:${leadId}`)

export function verifyLeadToken(secret: string, leadId: number, purpose: LinkPurpose, token: unknown): boolean {
  if (typeof token !== 'string' || token.length > 100) return false
  const expected = Buffer.from(leadToken(secret, leadId, purpose))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** What is stored instead of the client's IP address: enough to count requests, not to recover the address. */
export const ipFingerprint = (secret: string, ip: string): string => hmac(secret, `boussole:ip:${ip}`)
