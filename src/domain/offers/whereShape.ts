/** One field's condition, as Payload's `Where` spells it. */
export type FieldCondition = { equals?: string; less_than?: string; greater_than_equal?: string; exists?: boolean }

/**
 * The subset of Payload's `Where` the offer rules build as plain data (structural: the domain does not
 * import payload; a `WhereShape` is assignable to `Where`, and `qs-esm` turns it into the admin list's URL).
 */
export type WhereShape = { [fieldOrAndOr: string]: FieldCondition | WhereShape[] }
