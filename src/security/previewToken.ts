import { hmac, sameSignature } from './signing'

/**
 * « Voir comme un jeune »: the cookie that lets a territory's staff walk its public pages before it opens. It names
 * the territory, the person and an expiry, signed with the server secret; the pages still check the Payload session
 * (the same person, still allowed) on every request, so a copied cookie is worth nothing without that session.
 */
export const PREVIEW_COOKIE = 'boussole-apercu'
export const PREVIEW_DURATION_SECONDS = 2 * 3600

export interface PreviewClaim {
  territoryId: number
  userId: number
}

const signature = (secret: string, body: string) => hmac(secret, `territory-preview\n${body}`)

export function previewToken(secret: string, claim: PreviewClaim, now: Date): string {
  const body = `${claim.territoryId}.${claim.userId}.${Math.floor(now.getTime() / 1000) + PREVIEW_DURATION_SECONDS}`
  return `${body}.${signature(secret, body)}`
}

/** The claim of a well-signed, unexpired token; null otherwise. */
export function verifyPreviewToken(secret: string, token: string | undefined, now: Date): PreviewClaim | null {
  const match = /^(\d{1,10})\.(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]+)$/.exec(token ?? '')
  if (!match) return null
  const [, territoryId, userId, expires, signed] = match
  if (!sameSignature(signed, signature(secret, `${territoryId}.${userId}.${expires}`))) return null
  if (Number(expires) * 1000 < now.getTime()) return null
  return { territoryId: Number(territoryId), userId: Number(userId) }
}
