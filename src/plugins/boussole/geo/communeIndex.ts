import { isCodeQuery, normalizeCodeQuery, normalizeSearchKey } from '@/geo/normalizeSearchKey'

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
}

export interface CommuneIndex {
  communes: IndexedCommune[]
  byCode: Map<string, IndexedCommune>
  /** Every word start of every name (« saint etienne », « etienne »). */
  words: PrefixTable
  /** INSEE codes and postal codes. */
  codes: PrefixTable
}

function prefixTable(entries: [string, number][]): PrefixTable {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
  return { keys: entries.map((entry) => entry[0]), communes: entries.map((entry) => entry[1]) }
}

const collator = new Intl.Collator('fr')

/** Indexes communes for `searchCommuneIndex`: kept by population (bigger first), then name, so a smaller index ranks first. Pure. */
export function buildCommuneIndex(communes: IndexedCommune[]): CommuneIndex {
  const ordered = [...communes].sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || collator.compare(a.name, b.name))
  const words: [string, number][] = []
  const codes: [string, number][] = []
  ordered.forEach((commune, index) => {
    const key = commune.searchKey
    for (let at = 0; at < key.length; at++) if (at === 0 || key[at - 1] === ' ') words.push([key.slice(at), index])
    codes.push([commune.code, index])
    for (const postalCode of new Set(commune.postalCodes)) codes.push([postalCode, index])
  })
  return { communes: ordered, byCode: new Map(ordered.map((commune) => [commune.code, commune])), words: prefixTable(words), codes: prefixTable(codes) }
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

/**
 * The `limit` best communes among the entries starting with `prefix`: by `rank` (0 first), then in index
 * order (population, name), each commune once.
 */
function best(index: CommuneIndex, table: PrefixTable, prefix: string, rank: (commune: IndexedCommune) => number, limit: number): IndexedCommune[] {
  const [start, end] = prefixRange(table, prefix)
  const groups: number[][] = [[], [], []]
  for (let at = start; at < end; at++) groups[rank(index.communes[table.communes[at]])].push(table.communes[at])
  const chosen = new Set<number>()
  for (const group of groups) {
    for (const at of Int32Array.from(group).sort()) {
      if (chosen.size >= limit) break
      chosen.add(at)
    }
  }
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
    if (code.length < minLength) return null
    const exact = (commune: IndexedCommune) => (commune.code === code || commune.postalCodes.includes(code) ? 0 : 1)
    return best(index, index.codes, code, exact, limit)
  }
  const key = normalizeSearchKey(query)
  if (key.replace(/ /g, '').length < minLength) return null
  const closeness = (commune: IndexedCommune) => (commune.searchKey === key ? 0 : commune.searchKey.startsWith(key) ? 1 : 2)
  return best(index, index.words, key, closeness, limit)
}
