import type { OutgoingEmail } from '../../jobs/queueEmail'
import type { LeadSummary } from '../leadSummary'

/** To the organisation (vous): the young person withdrew the request; their contact details are erased. */
export function withdrawalEmail(lead: LeadSummary, to: string, adminUrl: string): OutgoingEmail {
  return {
    kind: 'withdrawal',
    to,
    subject: `Demande ${lead.reference} retirée par le ou la jeune`,
    dedupeKey: `lead:${lead.id}:withdrawal:${to}`,
    leadId: lead.id,
    content: {
      title: 'Demande retirée',
      paragraphs: [
        `Le ou la jeune à l’origine de la demande ${lead.reference} (offre « ${lead.offerTitle} ») a retiré sa demande. Ses coordonnées, ses réponses au questionnaire et les notes de la demande ont été effacées de Boussole, et la demande a été clôturée.`,
        'Merci de ne pas le ou la contacter, et de supprimer les informations que vous auriez conservées par ailleurs (courriel de notification, notes).',
      ],
      details: [
        { label: 'Référence', value: lead.reference },
        { label: 'Offre', value: lead.offerTitle },
      ],
      action: { label: 'Voir la demande dans l’espace professionnel', url: adminUrl },
    },
  }
}
