import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { now, queueEmail } from '@/plugins/boussole/server'

import {
  EMAIL_CHANGE_LIFETIME_MS,
  emailChangeContent,
  emailChangeNoticeContent,
  emailChangeNoticeSubject,
  emailChangeSubject,
  emailChangeToken,
} from '../emailChange'

type Requested = { userId: number; email: string }

/**
 * The owner of an account asks for a new address by setting `pendingEmail` (only they may: see the field's
 * access); `email` itself changes only through `confirmEmailChange`. Asking for the current address cancels
 * a pending request; saving the form again with the same pending address sends nothing new.
 */
export const requestEmailChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc || !('pendingEmail' in data)) return data
  const pending = typeof data.pendingEmail === 'string' ? data.pendingEmail.trim().toLowerCase() : ''
  if (!pending || pending === String(originalDoc.email ?? '').toLowerCase()) {
    data.pendingEmail = null
    return data
  }
  data.pendingEmail = pending
  if (pending !== originalDoc.pendingEmail) req.context.emailChange = { userId: originalDoc.id, email: pending } satisfies Requested
  return data
}

/** Sends the confirmation link to the new address and a notice to the current one, in the update's transaction. */
export const sendEmailChangeConfirmation: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const requested = req.context.emailChange
  if (operation !== 'update' || !requested || requested.userId !== doc.id || doc.pendingEmail !== requested.email) return doc
  delete req.context.emailChange
  const expiresAt = now(req.payload).getTime() + EMAIL_CHANGE_LIFETIME_MS
  const token = emailChangeToken(req.payload.secret, doc.id, requested.email, expiresAt)
  await queueEmail(req, {
    kind: 'email-change',
    to: requested.email,
    subject: emailChangeSubject,
    content: emailChangeContent({ name: doc.name, token }),
    dedupeKey: `user:${doc.id}:email-change:${expiresAt}:${requested.email}`,
  })
  await queueEmail(req, {
    kind: 'email-change',
    to: previousDoc?.email ?? doc.email,
    subject: emailChangeNoticeSubject,
    content: emailChangeNoticeContent({ name: doc.name, newEmail: requested.email }),
    dedupeKey: `user:${doc.id}:email-change-notice:${expiresAt}:${requested.email}`,
  })
  return doc
}
