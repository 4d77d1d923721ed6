import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { queueEmail } from '@/plugins/boussole/server'

import { passwordEmailContent, passwordEmailSubject } from '../invitationEmail'
import { INVITATION_LINK_LIFETIME_MS, issuePasswordToken } from '../passwordLinks'

/**
 * Issues a fresh invitation link (valid 7 days; the previous one stops working) and queues the
 * « choisissez votre mot de passe » email, both with `req`: inside the caller's transaction, so the email
 * leaves (with retries) if and only if the change is committed.
 */
export async function sendInvitationEmail(req: PayloadRequest, user: { id: number; email: string; name?: string | null }, sequence = 'initial'): Promise<void> {
  const token = await issuePasswordToken(req, user.id, INVITATION_LINK_LIFETIME_MS)
  await queueEmail(req, {
    kind: 'invitation',
    to: user.email,
    subject: passwordEmailSubject(true),
    content: passwordEmailContent({ invitation: true, name: user.name ?? undefined, token }),
    dedupeKey: sequence === 'initial' ? `user:${user.id}:invitation` : `user:${user.id}:invitation:${sequence}`,
  })
}

/** An account created without a password receives an invitation to choose one (see `markInvitation`). */
export const sendInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.context.invitation) return doc
  await sendInvitationEmail(req, doc)
  return doc
}
