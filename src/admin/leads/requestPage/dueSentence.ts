import { inboxDaysLate, inboxGroup } from '@/domain/leads/partnerInbox'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { formatDays } from '@/domain/shared/frenchText'
import type { LeadRow } from '@/domain/statistics/rows'

/** How urgent the lead is, in words: « en retard de 2 jours », « à contacter aujourd’hui », « à contacter avant le … ». */
export function dueSentence(lead: LeadRow, now: Date): { text: string; late: boolean } | null {
  const group = inboxGroup(lead, now)
  if (group === 'overdue') return { text: `en retard de ${formatDays(inboxDaysLate(lead, now))}`, late: true }
  if (group === 'today') return { text: 'à contacter aujourd’hui', late: false }
  if (group === 'tomorrow') return { text: 'à contacter demain', late: false }
  if (group === 'new' && lead.dueAt) return { text: `à contacter avant le ${formatLongDate(lead.dueAt)}`, late: false }
  return null
}
