import type { Endpoint, PayloadRequest } from 'payload'

import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/database/databaseUnavailable'
import { activeUser } from '@/domain/accounts/roles'
import type { User } from '@/payload-types'

import { BoussoleApiError, errorResponse } from '../core/errors'

type Handler = (req: PayloadRequest) => Promise<Response>
type SignedInHandler = (req: PayloadRequest, user: User) => Promise<Response>

export const SIGN_IN_MESSAGE = 'Connectez-vous à l’espace professionnel pour continuer.'

/**
 * Domain errors become their JSON 4xx; the database out of reach a French 503; anything unexpected is logged and
 * answered with a French 500 (never a stack trace).
 */
function answeringErrors(method: Endpoint['method'], path: string, handler: Handler): Endpoint {
  return {
    method,
    path,
    handler: async (req) => {
      try {
        return await handler(req)
      } catch (error) {
        if (error instanceof BoussoleApiError) return errorResponse(error)
        if (isDatabaseUnavailable(error)) {
          req.payload.logger.warn({ msg: `Boussole endpoint ${method.toUpperCase()} ${path}: database unavailable` })
          return Response.json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE }] }, { status: 503, headers: { 'Retry-After': '30' } })
        }
        req.payload.logger.error({ err: error, msg: `Boussole endpoint ${method.toUpperCase()} ${path} failed` })
        return Response.json({ errors: [{ message: 'Une erreur inattendue est survenue. Réessaie dans quelques instants.' }] }, { status: 500 })
      }
    },
  }
}

/** An endpoint for anonymous callers (the young people's API, open data): no account is looked at. */
export function publicEndpoint(method: Endpoint['method'], path: string, handler: Handler): Endpoint {
  return answeringErrors(method, path, handler)
}

/**
 * An endpoint for signed-in professionals (exports, imports, statistics): the one authentication check of
 * the plugin's API. Without an active signed-in account it answers 401 with `signInMessage`, before anything
 * else; the handler receives the account (and checks roles and perimeter itself).
 */
export function signedInEndpoint(method: Endpoint['method'], path: string, handler: SignedInHandler, signInMessage = SIGN_IN_MESSAGE): Endpoint {
  return answeringErrors(method, path, async (req) => {
    const user = activeUser(req.user)
    if (!user) throw new BoussoleApiError(401, [{ message: signInMessage }])
    return handler(req, user)
  })
}
