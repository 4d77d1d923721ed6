/** A relationship value as Payload returns it: the id, or the populated document at depth ≥ 1. */
type Relation = number | { id: number }

/**
 * The id of a relationship value (an id or a populated document), or null when there is none (null,
 * undefined, a value of another shape). Typed as `number` when the value's type is a required relation.
 */
export function idOf(value: Relation): number
export function idOf(value: unknown): number | null
export function idOf(value: unknown): number | null {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  return null
}

/** The ids of a list of relationship values (ids or populated documents), the unresolvable ones left out. */
export const idsOf = (values: unknown): number[] =>
  Array.isArray(values) ? values.map((value: unknown) => idOf(value)).filter((id): id is number => id !== null) : []
