import type { CollectionAfterChangeHook } from 'payload'

/** An account created without a password receives an invitation to choose one (see enforcePasswordStrength). */
export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.invitation) return doc
  await req.payload.forgotPassword({ collection: 'users', data: { email: doc.email }, req })
  return doc
}
