import { formatLongDate } from '@/domain/shared/frenchDates'

import type { OutgoingEmail } from '../../jobs/queueEmail'
import { leadDetails } from '../../leads/emails/newLeadEmail'
import type { LeadSummary } from '../../leads/leadSummary'

/** To the organisation (vous), before the due date of a lead nobody has taken yet. */
export function reminderEmail(lead: LeadSummary, to: string, adminUrl: string): OutgoingEmail {
  const due = formatLongDate(lead.dueAt)
  return {
    kind: 'reminder',
    to,
    subject: `Rappel : demande ${lead.reference} à contacter avant le ${due}`,
    dedupeKey: `lead:${lead.id}:reminder:${to}`,
    leadId: lead.id,
    guard: 'stillNew',
    content: {
      title: 'Une demande attend toujours votre contact',
      paragraphs: [
        `La demande ${lead.reference} au sujet de l’offre « ${lead.offerTitle} » n’a pas encore été prise en charge.`,
        `${lead.partnerName} s’est engagé à contacter le ou la jeune au plus tard le ${due}. Pensez à passer la demande « En cours » une fois le contact pris.`,
      ],
      details: leadDetails(lead, { withContact: true }),
      action: { label: 'Voir la demande dans l’espace professionnel', url: adminUrl },
      footer: 'Vous pouvez choisir de ne plus recevoir ces rappels dans votre compte, rubrique « Notifications par courriel ».',
    },
  }
}
