import { APIError, AuthenticationError } from 'payload'
import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import {
  attemptKeys,
  attemptRefusal,
  attemptRefusalMessage,
  equivalentHashWork,
  markSucceeded,
  recordAttempt,
  type AuthAttemptKind,
} from '@/auth/loginThrottle'
import { getSettings, now } from '@/plugins/boussole/server'
import { requestClientAddress } from '@/security/clientIp'

const ATTEMPT_ID = 'boussole.loginAttemptId'

const headersOf = (req: PayloadRequest): Headers => (req.headers instanceof Headers ? req.headers : new Headers())

/**
 * Before `login` and `forgotPassword`, through every channel (REST, GraphQL, admin form):
 * - throttles per client address (and per account from that address), 429 with a French message and
 *   Retry-After, the same whether the account exists or not. Calls without a client address (the Local API
 *   from server code) are not throttled;
 * - makes an unknown or locked account cost the same password-hash work as a known one, and answers a locked
 *   account with the same « incorrect » message as a wrong password (Payload would say « verrouillé », which
 *   only existing accounts get).
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const kind: AuthAttemptKind = operation === 'login' ? 'login' : 'forgot-password'
  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : null
  const { payload } = req

  const address = requestClientAddress(headersOf(req))
  if (address) {
    const at = now(payload)
    const { id, recent } = await recordAttempt(payload, { kind, ...attemptKeys(payload.secret, address, email) }, at)
    const seconds = attemptRefusal(kind, recent, getSettings(payload).rateLimits, at)
    if (seconds) {
      req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
      throw new APIError(attemptRefusalMessage(kind, seconds), 429, null, true)
    }
    if (kind === 'login') req.context[ATTEMPT_ID] = id
  }

  if (kind === 'login') {
    // The attempt that reaches Payload's lock is answered by Payload itself with « verrouillé » (LockedAuth, built
    // with req.t): for this operation that message reads like a wrong password, as for an unknown account.
    const translate = req.t
    req.t = ((key: string, options?: Record<string, unknown>) =>
      translate((key === 'error:userLocked' ? 'error:emailOrPasswordIncorrect' : key) as Parameters<typeof translate>[0], options)) as typeof req.t
  }
  if (kind === 'login' && email) {
    const user = (await payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email } } })) as {
      hash?: string
      lockUntil?: string | null
    } | null
    const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
    if (!user || locked || typeof user.hash !== 'string') await equivalentHashWork(data.password, user?.hash)
    if (locked) throw new AuthenticationError(req.t)
  }
  return args
}

/** A successful login is not counted as a failure of its address. */
export const recordLoginSuccess: CollectionAfterLoginHook = async ({ req, user }) => {
  const id = req.context[ATTEMPT_ID]
  if (typeof id === 'number') await markSucceeded(req.payload, id)
  return user
}
