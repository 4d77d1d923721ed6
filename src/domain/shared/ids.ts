/** The id of a relationship value (an id or a populated document), or null. */
export const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  return null
}

/** The ids of a list of relationship values (ids or populated documents), the unresolvable ones left out. */
export const idsOf = (values: unknown): number[] => (Array.isArray(values) ? values.map(idOf).filter((id): id is number => id !== null) : [])
