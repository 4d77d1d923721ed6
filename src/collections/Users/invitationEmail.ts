import type { PayloadRequest } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { renderEmail, type EmailContent } from '@/email/renderEmail'

import { CHOOSE_PASSWORD_PATH, INVITATION_LINK_LIFETIME_MS, lifetimeLabel, RESET_LINK_LIFETIME_MS } from './passwordLinks'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string; email?: string } }

/**
 * « Choisissez votre mot de passe » (invitation, valid 7 days, sent by `sendInvitation` or « Renvoyer
 * l'invitation ») or « réinitialisez-le » (forgotten password, valid 1 hour, sent by Payload): two emails,
 * two lifetimes, two pages: « Choisir mon mot de passe » (`ChoosePasswordView`) for a welcome, Payload's
 * « Réinitialiser le mot de passe » for a reset; both post to Payload's reset-password operation.
 */
export function passwordEmailContent({ invitation, name, token }: { invitation: boolean; name?: string; token: string }): EmailContent {
  const link = `${publicUrl()}/admin${invitation ? CHOOSE_PASSWORD_PATH : '/reset'}/${token}`
  return {
    title: invitation ? 'Bienvenue sur Boussole' : 'Réinitialisation de votre mot de passe',
    paragraphs: invitation
      ? [
          `Bonjour ${name ?? ''},`,
          "Un compte vient d'être créé pour vous sur l'espace professionnel de Boussole, le service qui met en relation les jeunes de votre territoire avec les professionnels qui peuvent les aider.",
          `Pour activer votre compte, choisissez votre mot de passe (ce lien est valable ${lifetimeLabel(INVITATION_LINK_LIFETIME_MS)}) :`,
        ]
      : [
          `Bonjour ${name ?? ''},`,
          `Vous avez demandé à réinitialiser votre mot de passe. Ce lien est valable ${lifetimeLabel(RESET_LINK_LIFETIME_MS)} et ne sert qu'une fois :`,
        ],
    action: { label: invitation ? 'Choisir mon mot de passe' : 'Réinitialiser mon mot de passe', url: link },
    footer: invitation
      ? 'Si vous ne travaillez pas avec Boussole, vous pouvez ignorer ce message : aucun compte ne sera activé.'
      : "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.",
  }
}

export const passwordEmailSubject = (invitation: boolean) =>
  invitation ? 'Votre accès à Boussole : choisissez votre mot de passe' : 'Boussole : réinitialisation de votre mot de passe'

/** Payload's forgot-password email (`auth.forgotPassword`): only ever a reset (invitations are sent by `sendInvitation`). */
export const resetPasswordEmail = {
  subject: (_args: Args = {}) => passwordEmailSubject(false),
  html: ({ token, user }: Args = {}) => renderEmail(passwordEmailContent({ invitation: false, name: user?.name, token: token ?? '' })),
}
