import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

/** A « mot de passe oublié » link is valid one hour (Payload's `auth.forgotPassword.expiration`). */
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000
/** An invitation is valid 7 days: the professional may not read their email the same day. */
export const INVITATION_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/**
 * The invitation's page under `/admin` (`ChoosePasswordView`, titled « Choisir mon mot de passe »): the same
 * token as Payload's `/admin/reset/:token`, whose page keeps its title for forgotten passwords.
 */
export const CHOOSE_PASSWORD_PATH = '/choisir-mot-de-passe'

/** « 1 heure », « 7 jours »: the lifetime as the emails and screens say it. */
export function lifetimeLabel(ms: number): string {
  const hours = Math.round(ms / 3_600_000)
  if (hours < 24) return hours <= 1 ? '1 heure' : `${hours} heures`
  const days = Math.round(hours / 24)
  return days === 1 ? '1 jour' : `${days} jours`
}

/**
 * Issues a link to choose a password, valid `lifetimeMs`: the same token Payload's reset-password
 * operation, its `/admin/reset/:token` page and the invitation's `/admin/choisir-mot-de-passe/:token` accept (Payload compares its expiry with the real time).
 * Written with `req`, inside the caller's transaction; any previous link of the account stops working.
 */
export async function issuePasswordToken(req: PayloadRequest, userId: number, lifetimeMs: number): Promise<string> {
  const token = randomBytes(20).toString('hex')
  await req.payload.db.updateOne({
    collection: 'users',
    where: { id: { equals: userId } },
    data: { resetPasswordToken: token, resetPasswordExpiration: new Date(Date.now() + lifetimeMs).toISOString() },
    // a plain UPDATE of these columns (not Payload's upsert of a whole row)
    options: { atomic: true },
    req,
    returning: false,
  })
  return token
}
