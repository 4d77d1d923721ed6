import { isValidEmail } from '../contact/validateEmail'

/**
 * Signing in with ProConnect: the identity the State's federation proved is matched to an **existing**
 * Boussole account by its email address (case and surrounding spaces ignored); no account is ever created
 * this way, accounts come from invitations only. Every role may use it (partner professionals, animators,
 * national administrators), an invited account whose password was not chosen yet included; a deactivated
 * account may not.
 */
export type ProConnectRefusal = 'no-email' | 'no-account' | 'inactive'

export interface MatchableAccount {
  id: number
  active?: boolean | null
}

export type ProConnectMatch = { ok: true; accountId: number } | { ok: false; reason: ProConnectRefusal; email: string | null }

/** The email of the identity, lowercased and trimmed, or null when the provider sent none or a malformed one. */
export function proConnectEmail(claims: { email?: unknown } | null | undefined): string | null {
  const value = claims?.email
  if (typeof value !== 'string') return null
  const email = value.trim().toLowerCase()
  return isValidEmail(email) ? email : null
}

/** Whether the account found for `email` (null: none) may open a session. */
export function matchProConnectAccount(email: string | null, account: MatchableAccount | null): ProConnectMatch {
  if (!email) return { ok: false, reason: 'no-email', email: null }
  if (!account) return { ok: false, reason: 'no-account', email }
  if (account.active === false) return { ok: false, reason: 'inactive', email }
  return { ok: true, accountId: account.id }
}

/** What the login page says to a person ProConnect identified but who may not enter (vouvoiement: professionals). */
export function proConnectRefusalMessage(reason: ProConnectRefusal, email: string | null): string {
  switch (reason) {
    case 'no-email':
      return 'ProConnect n’a pas transmis d’adresse électronique : la connexion à Boussole est impossible. Connectez-vous avec votre mot de passe.'
    case 'no-account':
      return `Aucun compte Boussole n’est associé à ${email} : demandez une invitation à l’animation de votre territoire.`
    case 'inactive':
      return `Le compte Boussole associé à ${email} a été désactivé. Contactez l’animation de votre territoire.`
  }
}

/** Longest name an account holds (the `name` field's maxLength). */
const NAME_MAX = 120

/**
 * The name ProConnect proved (« prénom nom d’usage »: `given_name` then `usual_name`), to refresh the account's at
 * each sign-in; null when the provider sent neither (the account keeps the name it was invited with).
 */
export function proConnectName(claims: { given_name?: unknown; usual_name?: unknown } | null | undefined): string | null {
  const parts = [claims?.given_name, claims?.usual_name].map((part) => (typeof part === 'string' ? part.replace(/\s+/g, ' ').trim() : '')).filter(Boolean)
  return parts.length ? parts.join(' ').slice(0, NAME_MAX) : null
}
