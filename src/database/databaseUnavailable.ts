/**
 * Whether an error means « the database cannot be reached right now » (stopped, restarting, network cut, pool
 * unable to connect) rather than a fault of the request or of the code: such requests are answered 503 with
 * DATABASE_UNAVAILABLE_MESSAGE (never a 500 nor a stack trace), and the next request tries again — nothing to restart.
 */
export const DATABASE_UNAVAILABLE_MESSAGE = 'Le service est momentanément indisponible. Réessaie dans quelques minutes : rien n’a été enregistré.'

/** Node's network errors, and PostgreSQL's « connection exception » (08…) and « operator intervention » (57P0…) codes. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])
const POSTGRES_CODE = /^(08\d{3}|08P01|57P0[1-4]|53300)$/
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
]

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { code, message, cause, originalError, errors } = error as {
    code?: unknown
    message?: unknown
    cause?: unknown
    originalError?: unknown
    errors?: unknown
  }
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_CODE.test(code))) return true
  if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true
  // Drizzle wraps the driver's error in `cause`, GraphQL in `originalError`; an AggregateError (several addresses
  // tried) lists them in `errors`.
  if (isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(originalError, depth + 1)) return true
  return Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))
}
