/**
 * 32-bit FNV-1a over the UTF-16 code units of the text, followed by the
 * MurmurHash3 `fmix32` finaliser so that inputs differing only in their last
 * character (ids 1, 2, 3…) still spread over the whole range.
 * Deterministic, not cryptographic. Returns an unsigned 32-bit integer.
 */
export function hash32(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
