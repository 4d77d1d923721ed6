import { fitSms } from '@/domain/contact/smsText'

import type { OutgoingSms } from '../../jobs/queueSms'
import type { LeadSummary } from '../../leads/leadSummary'
import { followUpKey } from '../followUpKey'

/** To the young person (tu) who left only a mobile number, some days after the due date: « As-tu été recontacté(e) ? », answered in one tap. */
export function followUpSms(lead: LeadSummary, links: { yes: string; no: string }): OutgoingSms | null {
  if (!lead.contact.phone || lead.contact.email) return null
  const text = fitSms(
    (partner) =>
      `Boussole : as-tu été recontacté(e) par ${partner} pour ta demande ${lead.reference} ? Réponds en 1 clic. OUI : ${links.yes} NON : ${links.no}`,
    lead.partnerName,
  )
  return { kind: 'follow-up', to: lead.contact.phone, text, dedupeKey: followUpKey(lead, 'sms'), leadId: lead.id, guard: 'notAnonymized' }
}
