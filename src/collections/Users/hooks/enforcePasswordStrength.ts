import { APIError, ValidationError } from 'payload'
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { passwordWeakness } from '@/domain/accounts/passwordPolicy'

export const NOT_YOUR_PASSWORD = "Vous ne pouvez pas choisir le mot de passe d'une autre personne : renvoyez-lui une invitation, elle choisira le sien."

type StoredAccount = { id: number; email?: string | null }

const storedAccount = (req: PayloadRequest, where: Record<string, unknown>) =>
  req.payload.db.findOne({ collection: 'users', where: where as never, req }) as Promise<StoredAccount | null>

/**
 * Refuses weak passwords on every path that sets one (creation, update, reset or invitation link), checked
 * against the email stored in the database as well as the one in the request. Nobody sets another person's
 * password (administrators included): only its owner, signed in or through a link sent to their address.
 * Scripts and the seed (`overrideAccess`) still may. (An account created without a password is an
 * invitation: `markInvitation`, which runs after this hook, gives it a random one.)
 */
export const enforcePasswordStrength: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = args.data as { email?: string; password?: unknown; token?: unknown } | undefined
  if (!data) return args
  if (data.password === undefined || data.password === null || data.password === '') return args
  const fail = (message: string) => {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] }, req.t)
  }
  if (typeof data.password !== 'string') return fail('Le mot de passe doit être une chaîne de caractères.')

  const emails: (string | null | undefined)[] = [data.email]
  if (operation === 'update') {
    const id = (args as { id?: number | string }).id
    if (id === undefined) {
      // A bulk update (`where`) cannot set passwords, except from a script.
      if (!overrideAccess) throw new APIError(NOT_YOUR_PASSWORD, 403, null, true)
    } else {
      if (!overrideAccess && (!req.user || String(req.user.id) !== String(id))) throw new APIError(NOT_YOUR_PASSWORD, 403, null, true)
      emails.push((await storedAccount(req, { id: { equals: id } }))?.email)
    }
  }
  if (operation === 'resetPassword' && typeof data.token === 'string' && data.token) {
    emails.push((await storedAccount(req, { resetPasswordToken: { equals: data.token } }))?.email)
  }
  const weakness = passwordWeakness(data.password, emails)
  if (weakness) fail(weakness)
  return args
}
