import { APIError } from 'payload'
import type { CollectionBeforeLoginHook } from 'payload'

export const refuseInactiveLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (user.active === false) {
    throw new APIError("Ce compte a été désactivé. Contactez l'animateur ou l'animatrice de votre territoire.", 403, null, true)
  }
  return user
}
