import type { PayloadRequest } from 'payload'

import { activeUser } from '@/domain/accounts/roles'
import type { User } from '@/payload-types'
import { BoussoleApiError } from '../core/errors'

/** The signed-in (and active) account, or a 401 asking to sign in. */
export function requireUser(req: PayloadRequest, message = 'Connectez-vous à l’espace professionnel pour continuer.'): User {
  const user = activeUser(req.user)
  if (!user) throw new BoussoleApiError(401, [{ message }])
  return user
}
