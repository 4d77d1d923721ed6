import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'

import type { BoussoleSettings } from '../../core/options'
import type { OutgoingEmail } from '../../jobs/queueEmail'
import { ERASED_DATA, erasureNotice } from '../../retention/privacyNotice'
import type { LeadSummary } from '../leadSummary'

/**
 * To the young person (tu), when they gave an e-mail address: what happens next, the link to the request's own page
 * (where it stands, what they can do) and, for whoever has changed their mind, the withdrawal link itself.
 */
export function acknowledgementEmail(
  lead: LeadSummary,
  links: { status: string; withdraw: string },
  retention: BoussoleSettings['retention'],
): OutgoingEmail | null {
  if (!lead.contact.email) return null
  const due = formatLongDate(lead.dueAt)
  const channels = lead.contact.phone ? 'par téléphone ou par courriel' : 'par courriel'
  return {
    kind: 'acknowledgement',
    to: lead.contact.email,
    subject: `Ta demande a bien été transmise à ${lead.partnerName}`,
    dedupeKey: `lead:${lead.id}:acknowledgement`,
    leadId: lead.id,
    guard: 'notAnonymized',
    content: {
      title: 'C’est envoyé !',
      paragraphs: [
        `Ta demande au sujet de « ${lead.offerTitle} » a bien été transmise à ${lead.partnerName}.`,
        `Un ou une professionnelle va te contacter ${channels} sous ${formatDays(lead.contactDelayDays)}, au plus tard le ${due}.`,
        'Pense à surveiller ta boîte mail (et tes courriers indésirables) et à répondre aux appels d’un numéro que tu ne connais pas.',
        'Quelques jours après cette date, nous te demanderons si tu as bien été contacté(e).',
        'Sur la page de ta demande, tu vois où elle en est et comment joindre l’organisme, et tu peux nous dire si tu n’en as plus besoin.',
        `Tu as changé d’avis ? Tu peux retirer ta demande à tout moment : ${ERASED_DATA} seront effacées tout de suite et l’organisme sera prévenu. Pour la retirer : ${links.withdraw}`,
      ],
      details: [
        { label: 'Référence', value: lead.reference },
        { label: 'Organisme', value: lead.partnerName },
        { label: 'Offre', value: lead.offerTitle },
        { label: 'Contact au plus tard le', value: due },
      ],
      action: { label: 'Voir où en est ma demande', url: links.status },
      footer: `Tes coordonnées sont transmises uniquement à ${lead.partnerName} pour répondre à ta demande. ${erasureNotice(retention)}`,
    },
  }
}
