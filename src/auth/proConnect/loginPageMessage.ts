import type { Payload } from 'payload'

import { signedMessageParams } from '@/security/signedMessage'

/** The query-string key of a ProConnect sign-in refusal on the login page, signed (`signedMessageParams`). */
export const PROCONNECT_MESSAGE_PARAM = 'proconnect'

/** The back office's login page (`/admin/login`), the scope its messages are signed for. */
export const loginPagePath = (payload: Payload): string => `${payload.config.routes.admin}${payload.config.admin.routes.login}`

/** The login page showing `message` (a text signed for that page: a crafted link cannot make it show another one). */
export function loginPageWithMessage(payload: Payload, message: string): string {
  const path = loginPagePath(payload)
  return `${path}?${new URLSearchParams(signedMessageParams(payload.secret, path, PROCONNECT_MESSAGE_PARAM, message))}`
}

export const PROCONNECT_MESSAGES = {
  unavailable: 'ProConnect est momentanément indisponible. Réessayez dans quelques minutes ou connectez-vous avec votre mot de passe.',
  expired: 'La connexion avec ProConnect a expiré ou a déjà été utilisée. Cliquez de nouveau sur « S’identifier avec ProConnect ».',
  cancelled: 'La connexion avec ProConnect a été annulée.',
  failed: 'La connexion avec ProConnect n’a pas pu être vérifiée. Recommencez, ou connectez-vous avec votre mot de passe.',
} as const
