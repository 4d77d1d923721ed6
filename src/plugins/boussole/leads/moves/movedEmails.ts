import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'

import type { OutgoingEmail } from '../../jobs/queueEmail'
import { newLeadEmail } from '../emails/newLeadEmail'
import type { LeadSummary } from '../leadSummary'

/** One move of one request: the dedupe keys of its messages (a request may be moved more than once). */
const moveKey = (lead: LeadSummary, moveId: number, what: string) => `lead:${lead.id}:move:${moveId}:${what}`

/** To the new organisation's recipients (vous): the same alert as a new request, due from the move. */
export function movedLeadAlert(lead: LeadSummary, to: string, adminUrl: string, moveId: number): OutgoingEmail {
  return { ...newLeadEmail(lead, to, adminUrl), dedupeKey: moveKey(lead, moveId, `new:${to}`) }
}

/** To the young person (tu), when they gave an e-mail address: who has their request now, and by when they hear from them. */
export function movedToYoungPersonEmail(lead: LeadSummary, statusUrl: string, moveId: number): OutgoingEmail | null {
  if (!lead.contact.email) return null
  const due = formatLongDate(lead.dueAt)
  return {
    // The acknowledgement of the new organisation: the young person's request is confirmed again.
    kind: 'acknowledgement',
    to: lead.contact.email,
    subject: `Ta demande est maintenant suivie par ${lead.partnerName}`,
    dedupeKey: moveKey(lead, moveId, 'young-person'),
    leadId: lead.id,
    guard: 'notAnonymized',
    content: {
      title: 'Ta demande a un nouvel interlocuteur',
      paragraphs: [
        `Pour que ta demande ne reste pas sans réponse, elle est maintenant confiée à ${lead.partnerName}, pour l’offre « ${lead.offerTitle} ».`,
        `Un ou une professionnelle va te contacter sous ${formatDays(lead.contactDelayDays)}, au plus tard le ${due}.`,
        'Sur la page de ta demande, tu vois où elle en est et comment joindre l’organisme ; tu peux aussi la retirer.',
      ],
      details: [
        { label: 'Référence', value: lead.reference },
        { label: 'Organisme', value: lead.partnerName },
        { label: 'Offre', value: lead.offerTitle },
        { label: 'Contact au plus tard le', value: due },
      ],
      action: { label: 'Voir où en est ma demande', url: statusUrl },
    },
  }
}

/** To the first organisation's recipients (vous): the request is no longer theirs — reference only, no personal data. */
export function movedAwayEmail(
  lead: LeadSummary,
  move: { to: string; fromOfferTitle: string; toPartnerName: string; byName: string; moveId: number },
): OutgoingEmail {
  return {
    // Like a withdrawal, the request leaves the organisation's hands.
    kind: 'withdrawal',
    to: move.to,
    subject: `Demande ${lead.reference} confiée à ${move.toPartnerName}`,
    dedupeKey: moveKey(lead, move.moveId, `away:${move.to}`),
    leadId: lead.id,
    guard: 'notAnonymized',
    content: {
      title: 'Demande confiée à un autre organisme',
      paragraphs: [
        `La demande ${lead.reference} (offre « ${move.fromOfferTitle} ») a été confiée à ${move.toPartnerName} par ${move.byName}.`,
        'Vous n’avez plus à contacter le ou la jeune. Le motif reste consultable dans votre tableau de bord, rubrique « Demandes confiées à d’autres organismes ».',
      ],
      details: [
        { label: 'Référence', value: lead.reference },
        { label: 'Confiée à', value: move.toPartnerName },
      ],
    },
  }
}
