import { randomBytes } from 'node:crypto'
import type { CollectionBeforeOperationHook } from 'payload'

/**
 * An account created without a password is an invitation: it gets an unusable random password (Payload
 * requires one), and `req.context.invitation` tells the later hooks — `scopeAccountWrites` stamps
 * `invitedAt`, `sendInvitation` queues the email from which the person chooses their own password.
 */
export const markInvitation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { data } = args as { data?: { password?: unknown } }
  if (operation !== 'create' || !data || data.password) return args
  data.password = `${randomBytes(24).toString('base64url')}aA1!`
  req.context.invitation = true
  return args
}
