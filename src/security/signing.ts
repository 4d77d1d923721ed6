import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Keyed hashes with the server secret: the signature of the links the platform sends (lead links, email change)
 * and the keys stored instead of addresses or emails (rate limits, login throttling). One definition, so every
 * signature is HMAC-SHA256 in base64url and every comparison takes constant time.
 */
export const hmac = (secret: string, message: string): string => createHmac('sha256', secret).update(message).digest('base64url')

/** Whether a received signature equals the expected one, in constant time (anything but a string is refused). */
export function sameSignature(received: unknown, expected: string): boolean {
  if (typeof received !== 'string') return false
  const given = Buffer.from(received)
  const wanted = Buffer.from(expected)
  return given.length === wanted.length && timingSafeEqual(given, wanted)
}
