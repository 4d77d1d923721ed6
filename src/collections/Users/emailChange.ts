import { publicUrl } from '@/config/publicUrl'
import type { EmailContent } from '@/email/renderEmail'
import { hmac, sameSignature } from '@/security/signing'

import { lifetimeLabel } from './passwordLinks'

/**
 * Changing the email address of an account (its login): the owner asks for a new address (`pendingEmail`),
 * a link signed with the server secret is sent to that address, and the change takes effect only when it is
 * confirmed from there (`confirmEmailChange`). The link names the account, the new address and its expiry:
 * a later request for another address, or the change done, makes it worthless.
 */
export const EMAIL_CHANGE_LIFETIME_MS = 24 * 60 * 60 * 1000
export const CONFIRM_EMAIL_PATH = '/admin/confirmer-courriel'

export type EmailChangeCheck = { ok: true; userId: number } | { ok: false; reason: 'invalid' | 'expired' }

const signature = (secret: string, userId: number, email: string, expiresAt: number) =>
  hmac(secret, `boussole:email-change:${userId}:${email.trim().toLowerCase()}:${expiresAt}`)

/** `<account>.<expiry, base 36>.<HMAC>` */
export function emailChangeToken(secret: string, userId: number, email: string, expiresAt: number): string {
  return `${userId}.${expiresAt.toString(36)}.${signature(secret, userId, email, expiresAt)}`
}

/** The account a token claims to be for (to read its pending address), or null when it is not even shaped like one. */
export function emailChangeTokenAccount(token: unknown): number | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const match = /^([1-9][0-9]{0,15})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  return match ? Number(match[1]) : null
}

/** Whether `token` confirms `pendingEmail` for its account at `now`. */
export function checkEmailChangeToken(secret: string, token: unknown, pendingEmail: string | null | undefined, now: Date): EmailChangeCheck {
  const userId = emailChangeTokenAccount(token)
  if (userId === null || !pendingEmail) return { ok: false, reason: 'invalid' }
  const [, expiry, given] = (token as string).split('.')
  const expiresAt = parseInt(expiry, 36)
  if (!sameSignature(given, signature(secret, userId, pendingEmail, expiresAt))) return { ok: false, reason: 'invalid' }
  if (now.getTime() >= expiresAt) return { ok: false, reason: 'expired' }
  return { ok: true, userId }
}

export const EMAIL_CHANGE_MESSAGES = {
  invalid: "Ce lien de confirmation n'est pas valable : la demande a peut-être été remplacée ou déjà confirmée.",
  expired: 'Ce lien de confirmation a expiré : demandez à nouveau le changement depuis votre compte.',
  taken: 'Cette adresse ne peut pas être utilisée pour ce compte. Contactez l’animateur ou l’animatrice de votre territoire.',
  inactive: "Ce compte a été désactivé : l'adresse n'a pas été changée.",
  done: 'Votre nouvelle adresse est confirmée : utilisez-la désormais pour vous connecter.',
} as const

export const emailChangeSubject = 'Boussole : confirmez votre nouvelle adresse électronique'

/** Sent to the new address: the link that makes the change. */
export function emailChangeContent({ name, token }: { name?: string | null; token: string }): EmailContent {
  return {
    title: 'Confirmez votre nouvelle adresse',
    paragraphs: [
      `Bonjour ${name ?? ''},`,
      "Vous avez demandé à utiliser cette adresse pour vous connecter à l'espace professionnel de Boussole.",
      `Pour confirmer ce changement, ouvrez ce lien (valable ${lifetimeLabel(EMAIL_CHANGE_LIFETIME_MS)}). Tant qu'il n'est pas confirmé, votre ancienne adresse reste celle du compte :`,
    ],
    action: { label: 'Confirmer ma nouvelle adresse', url: `${publicUrl()}${CONFIRM_EMAIL_PATH}?jeton=${encodeURIComponent(token)}` },
    footer: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne changera.",
  }
}

export const emailChangeNoticeSubject = 'Boussole : changement d’adresse demandé sur votre compte'

/** Sent to the current address: someone asked to move the account elsewhere. */
export function emailChangeNoticeContent({ name, newEmail }: { name?: string | null; newEmail: string }): EmailContent {
  return {
    title: 'Changement d’adresse demandé',
    paragraphs: [
      `Bonjour ${name ?? ''},`,
      `Un changement de l'adresse de connexion de votre compte Boussole vers ${newEmail} a été demandé. Il ne prendra effet que s'il est confirmé depuis cette nouvelle adresse.`,
      "Si vous n'êtes pas à l'origine de cette demande, changez votre mot de passe et prévenez l'animateur ou l'animatrice de votre territoire.",
    ],
  }
}
