/** Rows of the distance table, reused from call to call (the search runs thousands of comparisons per query). */
let rows = new Int32Array(3 * 64)

/**
 * The edit distance between two strings counting insertions, deletions, substitutions and transpositions of two
 * neighbouring characters (optimal string alignment: « marsielle » is one edit from « marseille »), or `max + 1` as
 * soon as it is known to exceed `max` (the strings' lengths differ by more, or a whole row of the table does): a
 * bounded search over thousands of names stays cheap. Pure (its scratch rows keep nothing between calls).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > max) return max + 1
  if (n === 0 || m === 0) return Math.max(n, m)
  const width = m + 1
  if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2)
  // Three rows of the table: two rows back (for transpositions), the previous one and the current one.
  let before = 0
  let previous = width
  let current = 2 * width
  const beyond = max + 1
  // Only the cells within `max` of the diagonal can stay within `max`: a band, with a sentinel on each side.
  for (let j = 0; j <= m; j++) rows[previous + j] = j <= max ? j : beyond
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - max)
    const high = Math.min(m, i + max)
    rows[current + low - 1] = low === 1 ? i : beyond
    if (high < m) rows[current + high + 1] = beyond
    let rowMin = low === 1 ? i : beyond
    const ai = a.charCodeAt(i - 1)
    for (let j = low; j <= high; j++) {
      const bj = b.charCodeAt(j - 1)
      let value = rows[previous + j - 1] + (ai === bj ? 0 : 1)
      if (rows[previous + j] + 1 < value) value = rows[previous + j] + 1
      if (rows[current + j - 1] + 1 < value) value = rows[current + j - 1] + 1
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && rows[before + j - 2] + 1 < value) value = rows[before + j - 2] + 1
      rows[current + j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return beyond
    const recycled = before
    before = previous
    previous = current
    current = recycled
  }
  return Math.min(rows[previous + m], max + 1)
}

/** The set of characters of a search key as bits (a–z, digits, space): two keys `d` edits apart differ in at most 2·d of them. */
export function characterMask(key: string): number {
  let mask = 0
  for (let at = 0; at < key.length; at++) {
    const code = key.charCodeAt(at)
    mask |= 1 << (code >= 97 && code <= 122 ? code - 97 : code === 32 ? 26 : code >= 48 && code <= 57 ? 27 : 28)
  }
  return mask
}

/** How many bits are set. */
export function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555)
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333)
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/**
 * How many edits a name of the query's length may be away and still be suggested: none under 4 letters (too many
 * short names look alike), one up to 7, two from 8 (« montpelier », « marseilles »). Pure.
 */
export const allowedEdits = (length: number): number => (length < 4 ? 0 : length < 8 ? 1 : 2)
