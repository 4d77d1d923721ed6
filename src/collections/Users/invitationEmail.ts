import type { PayloadRequest } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { renderEmail, type EmailContent } from '@/email/renderEmail'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string; email?: string } }

const isInvitation = (req?: PayloadRequest) => Boolean(req?.context?.invitation)

/** « Choisissez votre mot de passe » (invitation) or « réinitialisez-le » (forgotten password): the same token serves both. */
export function passwordEmailContent({ invitation, name, token }: { invitation: boolean; name?: string; token: string }): EmailContent {
  const link = `${publicUrl()}/admin/reset/${token}`
  return {
    title: invitation ? 'Bienvenue sur Boussole' : 'Réinitialisation de votre mot de passe',
    paragraphs: invitation
      ? [
          `Bonjour ${name ?? ''},`,
          "Un compte vient d'être créé pour vous sur l'espace professionnel de Boussole, le service qui met en relation les jeunes de votre territoire avec les professionnels qui peuvent les aider.",
          'Pour activer votre compte, choisissez votre mot de passe (ce lien est valable 7 jours) :',
        ]
      : [`Bonjour ${name ?? ''},`, 'Vous avez demandé à réinitialiser votre mot de passe. Ce lien est valable 7 jours :'],
    action: { label: invitation ? 'Choisir mon mot de passe' : 'Réinitialiser mon mot de passe', url: link },
    footer: "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message.",
  }
}

export const passwordEmailSubject = (invitation: boolean) =>
  invitation ? 'Votre accès à Boussole : choisissez votre mot de passe' : 'Boussole : réinitialisation de votre mot de passe'

/** Payload's forgot-password email (`auth.forgotPassword`). */
export const invitationEmail = {
  subject: ({ req }: Args = {}) => passwordEmailSubject(isInvitation(req)),
  html: ({ req, token, user }: Args = {}) => renderEmail(passwordEmailContent({ invitation: isInvitation(req), name: user?.name, token: token ?? '' })),
}
