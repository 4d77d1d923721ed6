import type { CollectionAfterChangeHook } from 'payload'

import { queueEmail } from '@/plugins/boussole/jobs/queueEmail'
import { passwordEmailContent, passwordEmailSubject } from '../invitationEmail'

/**
 * An account created without a password receives an invitation to choose one (see enforcePasswordStrength).
 * The reset token is set inside the creation's transaction and the email is queued in it too, so it leaves
 * (with retries) if and only if the account exists.
 */
export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.invitation) return doc
  const token = await req.payload.forgotPassword({ collection: 'users', data: { email: doc.email }, disableEmail: true, req })
  if (!token) return doc
  await queueEmail(req, {
    kind: 'invitation',
    to: doc.email,
    subject: passwordEmailSubject(true),
    content: passwordEmailContent({ invitation: true, name: doc.name, token }),
    dedupeKey: `user:${doc.id}:invitation`,
  })
  return doc
}
