import { APIError } from 'payload'
import type { Payload, PayloadHandler } from 'payload'

import { activeUser } from '@/domain/accounts/roles'
import { now } from '@/plugins/boussole/server'

import { checkEmailChangeToken, EMAIL_CHANGE_MESSAGES, emailChangeTokenAccount } from './emailChange'

export type EmailChangeResult = { ok: true; email: string; message: string } | { ok: false; status: 400 | 403; message: string }

export const NOT_THE_OWNER = 'Connectez-vous avec le compte concerné pour confirmer sa nouvelle adresse.'

/**
 * Confirms an email change from the link sent to the new address, for the signed-in owner of the account
 * (the link alone is not enough, nor is the session alone). Afterwards the new address is the login, the
 * pending request is cleared and any password link sent to the old address stops working.
 */
export async function confirmEmailChange(payload: Payload, signedIn: { id: number } | null | undefined, token: unknown): Promise<EmailChangeResult> {
  const userId = emailChangeTokenAccount(token)
  const fail = (message: string, status: 400 | 403 = 400): EmailChangeResult => ({ ok: false, status, message })
  if (userId === null) return fail(EMAIL_CHANGE_MESSAGES.invalid)
  if (!signedIn || signedIn.id !== userId) return fail(NOT_THE_OWNER, 403)
  const user = (await payload.db.findOne({ collection: 'users', where: { id: { equals: userId } } })) as {
    id: number
    pendingEmail?: string | null
    active?: boolean
  } | null
  if (!user) return fail(EMAIL_CHANGE_MESSAGES.invalid)
  const check = checkEmailChangeToken(payload.secret, token, user.pendingEmail, now(payload))
  if (!check.ok) return fail(EMAIL_CHANGE_MESSAGES[check.reason])
  if (user.active === false) return fail(EMAIL_CHANGE_MESSAGES.inactive, 403)
  const email = user.pendingEmail!
  const taken = await payload.db.findOne({ collection: 'users', where: { and: [{ email: { equals: email } }, { id: { not_equals: userId } }] } })
  if (taken) return fail(EMAIL_CHANGE_MESSAGES.taken)
  try {
    await payload.update({
      collection: 'users',
      id: userId,
      data: { email, pendingEmail: null, resetPasswordToken: null, resetPasswordExpiration: null } as never,
      overrideAccess: true,
      depth: 0,
    })
  } catch {
    // e.g. the address was taken in between (unique index)
    return fail(EMAIL_CHANGE_MESSAGES.taken)
  }
  return { ok: true, email, message: EMAIL_CHANGE_MESSAGES.done }
}

/** `POST /api/users/confirm-email` `{ "token": "…" }`, signed in (an active account) as the account's owner: 403 otherwise. */
export const confirmEmailEndpoint: PayloadHandler = async (req) => {
  let body: { token?: unknown } = {}
  try {
    body = (typeof req.json === 'function' ? await req.json() : {}) ?? {}
  } catch {
    throw new APIError('Le corps de la requête doit être du JSON : { "token": "…" }.', 400, null, true)
  }
  const result = await confirmEmailChange(req.payload, activeUser(req.user), body?.token)
  if (!result.ok) return Response.json({ errors: [{ message: result.message }] }, { status: result.status })
  return Response.json({ message: result.message, email: result.email })
}
