import { formatFrenchPhone } from '@/domain/contact/phone'
import { describeContactPreferences } from '@/domain/leads/contactPreferences'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'

import type { OutgoingEmail } from '../../jobs/queueEmail'
import type { LeadSummary } from '../leadSummary'

/** The lead's identity and the young person's situation, as rows of an email to professionals. */
export function leadDetails(lead: LeadSummary, { withContact }: { withContact: boolean }) {
  const preferences = describeContactPreferences(lead.contactPreferences)
  return [
    { label: 'Référence', value: lead.reference },
    { label: 'Offre', value: lead.offerTitle },
    { label: 'Commune du jeune', value: lead.communeName },
    ...(withContact && lead.contact.email ? [{ label: 'Courriel', value: lead.contact.email }] : []),
    ...(withContact && lead.contact.phone ? [{ label: 'Téléphone', value: formatFrenchPhone(lead.contact.phone) }] : []),
    ...(withContact && preferences ? [{ label: 'Préférences de contact', value: preferences }] : []),
    ...lead.profile.map((row) => ({ label: row.question, value: row.answer })),
  ]
}

/** To a professional of the organisation (vous): a young person asks to be contacted. */
export function newLeadEmail(lead: LeadSummary, to: string, adminUrl: string): OutgoingEmail {
  const due = formatLongDate(lead.dueAt)
  return {
    kind: 'new-lead',
    to,
    subject: `Nouvelle demande ${lead.reference} : à contacter avant le ${due}`,
    dedupeKey: `lead:${lead.id}:new:${to}`,
    leadId: lead.id,
    guard: 'notAnonymized',
    content: {
      title: 'Un ou une jeune souhaite être contacté(e)',
      paragraphs: [
        `Un ou une jeune de ${lead.communeName} demande à être contacté(e) par ${lead.partnerName} au sujet de l’offre « ${lead.offerTitle} ».`,
        `Votre organisme s’est engagé à le ou la contacter sous ${formatDays(lead.contactDelayDays)}, soit au plus tard le ${due}.`,
        'Une fois le contact pris, indiquez-le dans l’espace professionnel : passez la demande « En cours », puis clôturez-la en précisant la suite donnée.',
      ],
      details: leadDetails(lead, { withContact: true }),
      action: { label: 'Voir la demande dans l’espace professionnel', url: adminUrl },
      footer:
        'Vous recevez ce courriel parce que votre adresse est indiquée pour les demandes de cette offre ou parce que vous avez choisi d’être prévenu(e) de chaque nouvelle demande. L’accès à la demande nécessite votre connexion. Ne transférez pas ces informations personnelles en dehors de votre organisme.',
    },
  }
}
