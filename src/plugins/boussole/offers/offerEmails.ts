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

interface DecisionEmailInput {
  offer: Pick<Offer, 'id' | 'title'>
  territoryName: string
  decision: 'validee' | 'refusee'
  reviewer: string
  comment: string
  url: string
}

/** To the organisation: the animation of another territory validated (or refused) its offer for that territory. */
export function offerTerritoryDecisionEmail({ offer, territoryName, decision, reviewer, comment, url }: DecisionEmailInput): {
  subject: string
  content: EmailContent
} {
  const validated = decision === 'validee'
  return {
    subject: validated
      ? `Votre offre « ${offer.title} » est proposée aussi dans « ${territoryName} »`
      : `Votre offre « ${offer.title} » n’est pas retenue dans « ${territoryName} »`,
    content: {
      title: validated ? `Votre offre est proposée aussi dans « ${territoryName} »` : `Votre offre n’est pas retenue dans « ${territoryName} »`,
      paragraphs: [
        'Bonjour,',
        validated
          ? `${reviewer}, qui anime Boussole dans « ${territoryName} », a validé votre offre « ${offer.title} » pour ce territoire : elle y est désormais proposée aux jeunes, tant qu’elle reste publiée.`
          : `${reviewer}, qui anime Boussole dans « ${territoryName} », n’a pas retenu votre offre « ${offer.title} » pour ce territoire. Elle reste proposée dans votre territoire.`,
        ...(comment ? ['Son commentaire :', comment] : []),
        validated
          ? 'Les demandes des jeunes de ce territoire vous parviendront comme les autres, avec le délai de contact de l’offre.'
          : 'Vous pouvez en parler avec l’animation de ce territoire ; une fois l’offre adaptée, retirez cette proposition et proposez-la de nouveau.',
      ],
      action: { label: "Voir l'offre", url },
      footer: "Vous recevez ce message parce que vous êtes professionnel de l'organisme qui propose cette offre sur Boussole.",
    },
  }
}
