import { allowedEdits, bitCount, boundedEditDistance, characterMask } from '@/domain/geo/editDistance'
import { isCodeQuery, normalizeCodeQuery, normalizeSearchKey } from '@/domain/geo/normalizeSearchKey'

export interface IndexedCommune {
  id: number
  code: string
  name: string
  /** `normalizeSearchKey(name)` */
  searchKey: string
  postalCodes: string[]
  population: number | null
  departement: { code: string; name: string } | null
}

/** Entries sorted by `key`, so that every key starting with a prefix is one contiguous range. */
interface PrefixTable {
  keys: string[]
  communes: number[]
  /** 1 when the entry is the commune's whole name or code, 0 for a word inside the name. */
  whole: Uint8Array
}

export interface CommuneIndex {
  communes: IndexedCommune[]
  byCode: Map<string, IndexedCommune>
  /** Every word start of every name (« saint etienne », « etienne »). */
  words: PrefixTable
  /** INSEE codes and postal codes. */
  codes: PrefixTable
  /** The `words` entries by key length, with their characters (`characterMask`), for the suggestions (`suggestCommuneIndex`). */
  byLength: Map<number, PrefixTable & { masks: Uint32Array }>
}

type Entry = [key: string, commune: number, whole: boolean]

function prefixTable(entries: Entry[]): PrefixTable {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
  return { keys: entries.map((entry) => entry[0]), communes: entries.map((entry) => entry[1]), whole: Uint8Array.from(entries, (entry) => (entry[2] ? 1 : 0)) }
}

const collator = new Intl.Collator('fr')

/** Indexes communes for `searchCommuneIndex`: kept by population (bigger first), then name, so a smaller index ranks first. Pure. */
export function buildCommuneIndex(communes: IndexedCommune[]): CommuneIndex {
  const ordered = [...communes].sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || collator.compare(a.name, b.name))
  const words: Entry[] = []
  const codes: Entry[] = []
  ordered.forEach((commune, index) => {
    const key = commune.searchKey
    for (let at = 0; at < key.length; at++) if (at === 0 || key[at - 1] === ' ') words.push([key.slice(at), index, at === 0])
    for (const code of new Set([commune.code, ...commune.postalCodes])) codes.push([code, index, true])
  })
  const byLength = new Map<number, Entry[]>()
  for (const entry of words) {
    const sameLength = byLength.get(entry[0].length)
    if (sameLength) sameLength.push(entry)
    else byLength.set(entry[0].length, [entry])
  }
  return {
    communes: ordered,
    byCode: new Map(ordered.map((commune) => [commune.code, commune])),
    words: prefixTable(words),
    codes: prefixTable(codes),
    byLength: new Map(
      [...byLength].map(([length, entries]) => {
        const table = prefixTable(entries)
        return [length, { ...table, masks: Uint32Array.from(table.keys, characterMask) }]
      }),
    ),
  }
}

/** The range of entries whose key starts with `prefix`. */
function prefixRange(table: PrefixTable, prefix: string): [number, number] {
  let low = 0
  let high = table.keys.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (table.keys[middle] < prefix) low = middle + 1
    else high = middle
  }
  let end = low
  while (end < table.keys.length && table.keys[end].startsWith(prefix)) end++
  return [low, end]
}

/** Adds `value` to `list` (ascending, without duplicates) if it is among the `limit` smallest. */
function keepSmallest(list: number[], value: number, limit: number): void {
  if (list.length === limit && value >= list[limit - 1]) return
  let at = list.length
  while (at > 0 && list[at - 1] > value) at--
  if (at > 0 && list[at - 1] === value) return
  list.splice(at, 0, value)
  if (list.length > limit) list.pop()
}

/**
 * The `limit` best communes among the entries starting with `prefix`: the exact name or code first, then
 * names starting with the prefix, then names with a word starting with it; within each rank in index order
 * (population, name); each commune once, at its best rank. One pass over the range, no sorting.
 */
function best(index: CommuneIndex, table: PrefixTable, prefix: string, limit: number): IndexedCommune[] {
  const [start, end] = prefixRange(table, prefix)
  const ranks: number[][] = [[], [], []]
  for (let at = start; at < end; at++) keepSmallest(ranks[table.whole[at] ? (table.keys[at] === prefix ? 0 : 1) : 2], table.communes[at], limit)
  const chosen = new Set<number>()
  for (const rank of ranks) for (const at of rank) if (chosen.size < limit) chosen.add(at)
  return [...chosen].map((at) => index.communes[at])
}

/**
 * Commune search by name or by code. A name matches when its search key, or one of its words, starts with
 * the normalised query (case, accents, hyphens, apostrophes and « st » ignored); exact names come first,
 * then names starting with the query, each group by population. A code query (digits, « 2A »…) matches the
 * INSEE codes and postal codes starting with it, the exact ones first; a postal code gives all its communes.
 * Returns null when the query is too short once normalised (fewer than `minLength` characters). Pure.
 */
export function searchCommuneIndex(index: CommuneIndex, query: string, limit: number, minLength: number): IndexedCommune[] | null {
  if (isCodeQuery(query)) {
    const code = normalizeCodeQuery(query)
    return code.length < minLength ? null : best(index, index.codes, code, limit)
  }
  const key = normalizeSearchKey(query)
  return key.replace(/ /g, '').length < minLength ? null : best(index, index.words, key, limit)
}

/**
 * « Tu voulais dire … ? »: the communes whose name (or a word of it and what follows, « etienne » for Saint-Étienne)
 * is a few edits away from the query — a letter missing, doubled, wrong or swapped with its neighbour, as thumbs type
 * (`allowedEdits`: none under 4 letters, one up to 7, two from 8) — except a wrong first letter: the start typed is
 * trusted, give or take one letter (« arseille », « mmarseille », « amrseille » are suggested Marseille, « narseille » not). Ranked by closeness, then the whole name before a
 * word of it, then population. For a name query only (a code is never guessed); meant for when `searchCommuneIndex`
 * found nothing, so that a suggestion never pushes out an exact or prefix match. Pure.
 */
export function suggestCommuneIndex(index: CommuneIndex, query: string, limit: number): IndexedCommune[] {
  if (isCodeQuery(query)) return []
  const key = normalizeSearchKey(query)
  const edits = allowedEdits(key.length)
  if (edits === 0) return []
  const found = new Map<number, number>()
  const mask = characterMask(key)
  const first = key.charCodeAt(0)
  const second = key.charCodeAt(1)
  for (let length = key.length - edits; length <= key.length + edits; length++) {
    const table = index.byLength.get(length)
    if (!table) continue
    for (let at = 0; at < table.keys.length; at++) {
      // Cheap first: keys with too many characters of their own cannot be `edits` away; and the start of the name
      // must be what was typed, give or take one letter (a first letter typed wrong is not guessed).
      if (bitCount(mask ^ table.masks[at]) > 2 * edits) continue
      const candidate = table.keys[at]
      const c0 = candidate.charCodeAt(0)
      if (c0 !== first && c0 !== second && first !== candidate.charCodeAt(1)) continue
      const distance = boundedEditDistance(key, candidate, edits)
      if (distance > edits) continue
      // Closeness first, then a whole name before a word of it; the commune's index (population) breaks ties.
      const score = distance * 2 + (table.whole[at] ? 0 : 1)
      const commune = table.communes[at]
      if (score < (found.get(commune) ?? Infinity)) found.set(commune, score)
    }
  }
  return [...found]
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([commune]) => index.communes[commune])
}
