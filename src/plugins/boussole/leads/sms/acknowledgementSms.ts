import { fitSms } from '@/domain/contact/smsText'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'

import type { OutgoingSms } from '../../jobs/queueSms'
import type { LeadSummary } from '../leadSummary'

/**
 * To the young person (tu) who left only a mobile number: the acknowledgement, in one or two segments — who has the
 * request, by when they will be contacted, the reference, and the link to the request's own page (where it stands,
 * the organisation's contact, « je n'en ai plus besoin », the withdrawal).
 */
export function acknowledgementSms(lead: LeadSummary, links: { status: string }): OutgoingSms | null {
  if (!lead.contact.phone || lead.contact.email) return null
  const due = formatLongDate(lead.dueAt)
  const text = fitSms(
    (partner) =>
      `Boussole : ta demande est envoyée à ${partner}. Un pro te recontacte sous ${formatDays(lead.contactDelayDays)}, au plus tard le ${due}. Réf. ${lead.reference}. Suivre ou retirer ta demande : ${links.status}`,
    lead.partnerName,
  )
  return { kind: 'acknowledgement', to: lead.contact.phone, text, dedupeKey: `lead:${lead.id}:acknowledgement:sms`, leadId: lead.id, guard: 'notAnonymized' }
}
