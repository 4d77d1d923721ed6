import { PROCONNECT_LOGOUT_PATH } from '@/config/proConnect'

import { seal, unseal } from './sealed'

/**
 * The cookie that remembers a sign-in made with ProConnect, so that logging out of Boussole also ends the session
 * at ProConnect (RP-initiated logout needs the ID token as `id_token_hint`). Sealed, HttpOnly, sent to the logout
 * endpoint only, and living as long as the Payload session it came with.
 */
export const SIGN_IN_COOKIE = 'boussole-proconnect-session'
const PURPOSE = 'proconnect-sign-in'

export interface ProConnectSignIn {
  /** The ID token ProConnect issued at sign-in. */
  idToken: string
  /** Epoch milliseconds after which it is not used any more (the Payload session's end). */
  expiresAt: number
}

export const sealSignIn = (secret: string, signIn: ProConnectSignIn): string => seal(secret, PURPOSE, signIn)

/** The sign-in of a sealed value, or null when tampered with, malformed or expired. */
export function openSignIn(secret: string, sealed: string | null | undefined, at: Date): ProConnectSignIn | null {
  const value = unseal(secret, PURPOSE, sealed) as Partial<ProConnectSignIn> | null
  if (!value || typeof value !== 'object' || typeof value.idToken !== 'string' || !value.idToken || typeof value.expiresAt !== 'number') return null
  return value.expiresAt > at.getTime() ? { idToken: value.idToken, expiresAt: value.expiresAt } : null
}

const attributes = (secure: boolean) => [`Path=${PROCONNECT_LOGOUT_PATH}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])]

/** `Set-Cookie` for the sign-in, for `maxAgeSeconds` (the Payload session's lifetime). */
export const signInCookie = (value: string, maxAgeSeconds: number, secure: boolean): string =>
  [`${SIGN_IN_COOKIE}=${value}`, `Max-Age=${maxAgeSeconds}`, ...attributes(secure)].join('; ')

/** `Set-Cookie` that removes it (at logout). */
export const expiredSignInCookie = (secure: boolean): string => [`${SIGN_IN_COOKIE}=`, 'Max-Age=0', ...attributes(secure)].join('; ')
