/**
 * Copying a document with arrays: Payload gives each array row an `id`; a copy's rows are new rows.
 */

/** A deep copy without the rows' `id`s, at every depth (rule alternatives, answers, conditions…); everything else is kept. */
export function withoutRowIds<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutRowIds(item)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .map(([key, item]) => [key, withoutRowIds(item)]),
    ) as T
  }
  return value
}
