import { fitSms } from '@/domain/contact/smsText'
import { formatLongDate } from '@/domain/shared/frenchDates'

import type { OutgoingSms } from '../../jobs/queueSms'
import type { LeadSummary } from '../leadSummary'

/** To the young person (tu) who left only a mobile number: their request now goes to another organisation, within two segments. */
export function movedSms(lead: LeadSummary, statusLink: string, moveId: number): OutgoingSms | null {
  if (!lead.contact.phone || lead.contact.email) return null
  const due = formatLongDate(lead.dueAt)
  const text = fitSms(
    (partner) => `Boussole : ta demande ${lead.reference} est maintenant confiée à ${partner}, qui te contacte avant le ${due}. Ta demande : ${statusLink}`,
    lead.partnerName,
  )
  return { kind: 'acknowledgement', to: lead.contact.phone, text, dedupeKey: `lead:${lead.id}:move:${moveId}:sms`, leadId: lead.id, guard: 'notAnonymized' }
}
