import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/** Larger sealed values are refused unread (a cookie cannot hold more anyway). */
const MAX_SEALED_LENGTH = 4096

/** A key per purpose, derived from the Payload secret: a value sealed for one purpose never opens for another. */
const key = (secret: string, purpose: string) => createHash('sha256').update(`${purpose}\n${secret}`).digest()

/** `value` as JSON, encrypted and authenticated (AES-256-GCM), in base64url: what a cookie carries unreadable and unforgeable. */
export function seal(secret: string, purpose: string, value: unknown): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key(secret, purpose), iv)
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** The value of a sealed string, or null when it was tampered with, sealed with another secret or purpose, or malformed. */
export function unseal(secret: string, purpose: string, sealed: string | null | undefined): unknown {
  if (!sealed || sealed.length > MAX_SEALED_LENGTH) return null
  try {
    const raw = Buffer.from(sealed, 'base64url')
    if (raw.length < 29) return null
    const decipher = createDecipheriv('aes-256-gcm', key(secret, purpose), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as unknown
  } catch {
    return null
  }
}
