import type { OutgoingEmail } from '../../jobs/queueEmail'
import type { LeadSummary } from '../../leads/leadSummary'
import { followUpKey } from '../followUpKey'

/** To the young person (tu), some days after the due date: « As-tu été contacté(e) ? », answered in one click. */
export function followUpEmail(lead: LeadSummary, links: { yes: string; no: string }): OutgoingEmail | null {
  if (!lead.contact.email) return null
  return {
    kind: 'follow-up',
    to: lead.contact.email,
    subject: `As-tu été contacté(e) par ${lead.partnerName} ?`,
    dedupeKey: followUpKey(lead, 'email'),
    leadId: lead.id,
    guard: 'notAnonymized',
    content: {
      title: 'As-tu été contacté(e) ?',
      paragraphs: [
        `Il y a quelques jours, tu as demandé à être contacté(e) par ${lead.partnerName} au sujet de « ${lead.offerTitle} » (demande ${lead.reference}).`,
        'As-tu été contacté(e) ? Ta réponse nous aide à vérifier que les organismes tiennent leur engagement. Un clic suffit.',
        `Non, personne ne m’a contacté(e) : ${links.no}`,
      ],
      action: { label: 'Oui, j’ai été contacté(e)', url: links.yes },
      footer:
        'Ta réponse est enregistrée avec ta demande : l’équipe Boussole de ton territoire suit ainsi le respect des délais promis. Elle reste dans les statistiques du service, sans rien qui permette de te reconnaître, une fois tes coordonnées et tes réponses effacées.',
    },
  }
}
