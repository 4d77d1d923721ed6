import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The id of the request being served (`X-Request-Id`, see `accessLog.ts`), for every log line written while serving it:
 * server.ts runs each request within it, and Payload's logger adds it to its lines (`payload.config.ts`). One store per
 * process, shared through `globalThis` because server.ts and the Next.js bundles load this module separately.
 */
const KEY = Symbol.for('boussole.requestContext')
type Store = AsyncLocalStorage<{ requestId: string }>
const store: Store = ((globalThis as Record<symbol, Store | undefined>)[KEY] ??= new AsyncLocalStorage())

/** Runs `serve` with `requestId` as the current request's id. */
export const withRequestId = <T>(requestId: string, serve: () => T): T => store.run({ requestId }, serve)

/** The id of the request being served, if any (none in a worker's job or at start-up). */
export const currentRequestId = (): string | undefined => store.getStore()?.requestId

/** Fields a log line gets from its request: `{ requestId }` while serving one, nothing otherwise (pino's `mixin`). */
export const requestLogFields = (): { requestId?: string } => {
  const requestId = currentRequestId()
  return requestId ? { requestId } : {}
}
