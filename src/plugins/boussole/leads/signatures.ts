import { hmac, sameSignature } from '@/security/signing'

/** What a signed link allows; a token for one purpose is worthless for another. */
export type LinkPurpose = 'follow-up' | 'withdraw' | 'status'

/** Token of the links sent to the young person: HMAC of the lead and the purpose with the server secret. */
export const leadToken = (secret: string, leadId: number, purpose: LinkPurpose): string => hmac(secret, `boussole:lead:${purpose}:${leadId}`)

export function verifyLeadToken(secret: string, leadId: number, purpose: LinkPurpose, token: unknown): boolean {
  if (typeof token !== 'string' || token.length > 100) return false
  return sameSignature(token, leadToken(secret, leadId, purpose))
}

/** What is stored instead of the client's IP address: enough to count requests, not to recover the address. */
export const ipFingerprint = (secret: string, ip: string): string => hmac(secret, `boussole:ip:${ip}`)
