import type { EmailContent } from '@/email/renderEmail'
import type { Offer } from '@/payload-types'

interface ReviewEmailInput {
  offer: Pick<Offer, 'id' | 'title'>
  reviewer: string
  comment: string
  url: string
  /** The edit of an offer already published (its validated version stays online meanwhile). */
  edit?: boolean
}

/** To the organisation: the animator sent its offer back to draft, with what to change. */
export function sentBackEmail({ offer, reviewer, comment, url, edit = false }: ReviewEmailInput): { subject: string; content: EmailContent } {
  return {
    subject: `Votre offre « ${offer.title} » est à revoir`,
    content: {
      title: 'Votre offre est à revoir avant publication',
      paragraphs: [
        'Bonjour,',
        edit
          ? `${reviewer}, qui anime Boussole sur votre territoire, a relu vos modifications de l'offre « ${offer.title} » et vous les renvoie avec ce commentaire :`
          : `${reviewer}, qui anime Boussole sur votre territoire, a relu votre offre « ${offer.title} » et vous la renvoie avec ce commentaire :`,
        comment,
        edit
          ? 'La version validée reste en ligne telle quelle ; vos modifications sont repassées en brouillon. Reprenez-les puis soumettez-les de nouveau pour validation.'
          : "L'offre est repassée en brouillon. Modifiez-la puis soumettez-la de nouveau pour validation.",
      ],
      action: { label: "Modifier l'offre", url },
      footer: "Vous recevez ce message parce que vous êtes professionnel de l'organisme qui propose cette offre sur Boussole.",
    },
  }
}

/** To the organisation: the offer is now shown to young people. */
export function publishedEmail({ offer, reviewer, comment, url, edit = false }: ReviewEmailInput): { subject: string; content: EmailContent } {
  return {
    subject: `Votre offre « ${offer.title} » est publiée`,
    content: {
      title: 'Votre offre est en ligne',
      paragraphs: [
        'Bonjour,',
        edit
          ? `${reviewer} a validé vos modifications de l'offre « ${offer.title} » : elles sont désormais en ligne.`
          : `${reviewer} a validé votre offre « ${offer.title} » : elle est désormais proposée aux jeunes de votre territoire.`,
        ...(comment ? ['Son commentaire :', comment] : []),
        "Pensez à la relire au moins tous les six mois pour qu'elle reste à jour.",
      ],
      action: { label: "Voir l'offre", url },
      footer: "Vous recevez ce message parce que vous êtes professionnel de l'organisme qui propose cette offre sur Boussole.",
    },
  }
}
