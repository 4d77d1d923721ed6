import type { PayloadRequest } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { renderEmail } from '@/email/renderEmail'

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string; email?: string } }

const isInvitation = (req?: PayloadRequest) => Boolean(req?.context?.invitation)

/** The same token serves the invitation (first password) and the forgotten-password link. */
export const invitationEmail = {
  subject: ({ req }: Args = {}) =>
    isInvitation(req) ? 'Votre accès à Boussole : choisissez votre mot de passe' : 'Boussole : réinitialisation de votre mot de passe',
  html: ({ req, token, user }: Args = {}) => {
    const link = `${publicUrl()}/admin/reset/${token}`
    return renderEmail({
      title: isInvitation(req) ? 'Bienvenue sur Boussole' : 'Réinitialisation de votre mot de passe',
      paragraphs: isInvitation(req)
        ? [
            `Bonjour ${user?.name ?? ''},`,
            "Un compte vient d'être créé pour vous sur l'espace professionnel de Boussole, le service qui met en relation les jeunes de votre territoire avec les professionnels qui peuvent les aider.",
            'Pour activer votre compte, choisissez votre mot de passe (ce lien est valable 7 jours) :',
          ]
        : [
            `Bonjour ${user?.name ?? ''},`,
            'Vous avez demandé à réinitialiser votre mot de passe. Ce lien est valable 7 jours :',
          ],
      action: { label: isInvitation(req) ? 'Choisir mon mot de passe' : 'Réinitialiser mon mot de passe', url: link },
      footer: "Si vous n'êtes pas à l'origine de cette demande, vous pouvez ignorer ce message.",
    })
  },
}
