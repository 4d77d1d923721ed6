import { APIError, Forbidden } from 'payload'
import type { CollectionAfterChangeHook, CollectionBeforeOperationHook } from 'payload'

export const LINK_NO_LONGER_VALID = "Ce lien n'est plus valable. Demandez un nouveau lien depuis la page de connexion."

/**
 * When an account is deactivated (or reactivated), every session it had is revoked — a token issued before
 * can neither be refreshed nor authenticate any request (Payload's `useSessions`: a token is valid only
 * while its session is stored on the account) — and every pending link dies with them: password reset or
 * invitation, email change. Written with `req`, in the same transaction as the change.
 */
export const revokeAccessOnActivationChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || (previousDoc?.active !== false) === (doc.active !== false)) return doc
  // The whole row, as Payload's own session code writes it (a partial row would be upserted without its required columns).
  const stored = await req.payload.db.findOne<Record<string, unknown> & { id: number }>({ collection: 'users', where: { id: { equals: doc.id } }, req })
  if (!stored) return doc
  await req.payload.db.updateOne({
    collection: 'users',
    id: doc.id,
    data: { ...stored, sessions: [], resetPasswordToken: null, resetPasswordExpiration: null, pendingEmail: null },
    req,
    returning: false,
  })
  return { ...doc, pendingEmail: null }
}

/**
 * A deactivated account cannot refresh a token, receives no reset email — while the forgot-password answer
 * stays the same as for any other address — and cannot use a reset or invitation link.
 */
export const refuseInactiveAccounts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'refresh') {
    if ((req.user as { active?: boolean } | null)?.active === false) throw new Forbidden(req.t)
    return args
  }
  if (operation === 'forgotPassword') {
    const email = typeof args.data?.email === 'string' ? args.data.email.toLowerCase().trim() : ''
    const account = email
      ? ((await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req })) as { active?: boolean } | null)
      : null
    if (account?.active === false) args.disableEmail = true
    return args
  }
  if (operation === 'resetPassword') {
    const token = typeof args.data?.token === 'string' ? args.data.token : ''
    const account = token
      ? ((await req.payload.db.findOne({ collection: 'users', where: { resetPasswordToken: { equals: token } }, req })) as { active?: boolean } | null)
      : null
    if (account?.active === false) throw new APIError(LINK_NO_LONGER_VALID, 403, null, true)
    return args
  }
  return args
}
