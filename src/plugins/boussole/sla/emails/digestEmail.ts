import { LEAD_STATUSES } from '@/domain/leads/leadStatus'
import { formatLongDate } from '@/domain/shared/frenchDates'
import { countOf } from '@/domain/shared/frenchText'

import type { OutgoingEmail } from '../../jobs/queueEmail'

export interface DigestLead {
  reference: string
  offerTitle: string
  partnerName: string
  dueAt: string
  status: string
}

const statusLabel = (status: string): string => LEAD_STATUSES.find((entry) => entry.value === status)?.label ?? status

/** To an animator (vous), weekly: the overdue, unclosed leads of their territories. */
export function digestEmail(animator: { id: number; email: string }, leads: readonly DigestLead[], options: { day: string; listUrl: string }): OutgoingEmail {
  const count = leads.length
  return {
    kind: 'digest',
    to: animator.email,
    subject: `Boussole : ${countOf(count, 'demande')} hors délai sur vos territoires`,
    dedupeKey: `digest:${animator.id}:${options.day}`,
    content: {
      title: 'Récapitulatif hebdomadaire des demandes hors délai',
      paragraphs: [
        `${count} demande${count > 1 ? 's ont' : ' a'} dépassé le délai promis sans être clôturée${count > 1 ? 's' : ''}. Un point avec les organismes concernés permettra que chaque jeune soit contacté(e).`,
      ],
      details: leads.map((lead) => ({
        label: `${lead.reference} — ${lead.partnerName}`,
        value: `${lead.offerTitle} · échéance : ${formatLongDate(lead.dueAt)} · ${statusLabel(lead.status)}`,
      })),
      action: { label: 'Voir les demandes hors délai', url: options.listUrl },
      footer: 'Vous pouvez choisir de ne plus recevoir ce récapitulatif dans votre compte, rubrique « Notifications par courriel ».',
    },
  }
}
