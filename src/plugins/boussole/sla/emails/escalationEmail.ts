import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'

import type { OutgoingEmail } from '../../jobs/queueEmail'
import { leadDetails } from '../../leads/emails/newLeadEmail'
import type { LeadSummary } from '../../leads/leadSummary'

/** To the territory's animators (vous): a lead passed its due date without being taken. */
export function escalationEmail(lead: LeadSummary, to: string, adminUrl: string): OutgoingEmail {
  return {
    kind: 'escalation',
    to,
    subject: `Demande hors délai : ${lead.reference} (${lead.partnerName})`,
    dedupeKey: `lead:${lead.id}:escalation:${to}`,
    leadId: lead.id,
    guard: 'stillNew',
    content: {
      title: 'Une demande a dépassé le délai promis',
      paragraphs: [
        `La demande ${lead.reference} adressée à ${lead.partnerName} pour l’offre « ${lead.offerTitle} » n’a pas été prise en charge dans le délai promis de ${formatDays(lead.contactDelayDays)} (échéance : ${formatLongDate(lead.dueAt)}).`,
        'Pouvez-vous vous rapprocher de l’organisme pour que le ou la jeune soit contacté(e) au plus vite ?',
      ],
      details: leadDetails(lead, { withContact: false }),
      action: { label: 'Voir la demande dans l’espace professionnel', url: adminUrl },
    },
  }
}
