/**
 * The fields among `names` that `data` (an update's body) would change in `original`. A field absent from the body
 * (or undefined there) does not change; empty values (undefined, null, '') are one; dates compare as instants, so the admin form sending
 * back a read-only date as it received it is no change.
 */
export function changedFields(data: Record<string, unknown>, original: Record<string, unknown>, names: readonly string[]): string[] {
  return names.filter((name) => data[name] !== undefined && !sameValue(data[name], original[name]))
}

function sameValue(a: unknown, b: unknown): boolean {
  return normalised(a) === normalised(b)
}

function normalised(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.getTime()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    const time = Date.parse(value)
    if (!Number.isNaN(time)) return time
  }
  return typeof value === 'object' ? JSON.stringify(value) : value
}
