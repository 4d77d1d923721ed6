import { randomInt } from 'node:crypto'

import { localDateTime } from '../shared/timeZone'

/** No 0/O, 1/I/L: a reference is read aloud on the phone. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** A short, unguessable reference people can quote: « BSL-2026-K7M3QX » (the year of the request in Paris). */
export function leadReference(createdAt: Date): string {
  const code = Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return `BSL-${localDateTime(createdAt).year}-${code}`
}
