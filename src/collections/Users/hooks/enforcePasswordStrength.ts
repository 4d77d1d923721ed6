import { randomBytes } from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'
import { ValidationError } from 'payload'

import { passwordWeakness } from '../passwordPolicy'

/**
 * Refuses weak passwords on every path that sets one (creation, update, reset link). An account
 * created without a password is an invitation: it gets an unusable random password and the person
 * chooses theirs from the invitation email (sent by `sendInvitation`).
 */
export const enforcePasswordStrength: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const data = args.data as { email?: string; password?: string } | undefined
  if (!data) return args
  if (operation === 'create' && !data.password) {
    data.password = `${randomBytes(24).toString('base64url')}aA1!`
    req.context.invitation = true
    return args
  }
  if (typeof data.password !== 'string') return args
  const weakness = passwordWeakness(data.password, data.email)
  if (weakness) {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: weakness }] }, req.t)
  }
  return args
}
