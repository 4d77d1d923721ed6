import type { OutgoingEmail } from '../../jobs/queueEmail'
import type { LeadSummary } from '../leadSummary'

/** To the organisation (vous): the young person said, on their request's page, that they no longer need it. */
export function noLongerNeededEmail(lead: LeadSummary, to: string, adminUrl: string): OutgoingEmail {
  return {
    // The same kind of message as a withdrawal (the request ends on the young person's word); its own dedupe key.
    kind: 'withdrawal',
    to,
    subject: `Demande ${lead.reference} : le ou la jeune n’en a plus besoin`,
    dedupeKey: `lead:${lead.id}:no-longer-needed:${to}`,
    leadId: lead.id,
    content: {
      title: 'Demande close par le ou la jeune',
      paragraphs: [
        `Le ou la jeune à l’origine de la demande ${lead.reference} (offre « ${lead.offerTitle} ») a indiqué depuis la page de sa demande qu’il ou elle n’en a plus besoin. La demande a été clôturée (« Plus intéressé(e) »).`,
        'Il n’est plus nécessaire de le ou la contacter. Ses coordonnées restent visibles dans la demande jusqu’à la fin de la durée de conservation.',
      ],
      details: [
        { label: 'Référence', value: lead.reference },
        { label: 'Offre', value: lead.offerTitle },
      ],
      action: { label: 'Voir la demande dans l’espace professionnel', url: adminUrl },
    },
  }
}
