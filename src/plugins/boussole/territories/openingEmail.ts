import { formatLongDate } from '@/domain/shared/frenchDates'

import type { OutgoingEmail } from '../jobs/queueEmail'

/** To an animator of the territory or an administrator (vous): the scheduled opening did not happen, and why. */
export function postponedOpeningEmail(
  recipient: { id: number; email: string },
  territory: { id: number; name: string },
  options: { opensAt: string; day: string; missing: readonly string[]; url: string },
): OutgoingEmail {
  return {
    kind: 'territory-opening',
    to: recipient.email,
    subject: `Boussole : le territoire « ${territory.name} » n’a pas pu ouvrir`,
    dedupeKey: `territory-opening:${territory.id}:${options.day}:${recipient.id}`,
    content: {
      title: `« ${territory.name} » reste en préparation`,
      paragraphs: [
        `L’ouverture du territoire « ${territory.name} » était programmée le ${formatLongDate(options.opensAt)}. Elle n’a pas eu lieu, car la liste d’ouverture n’est pas complète. Il manque :`,
      ],
      details: options.missing.map((sentence, index) => ({ label: `${index + 1}.`, value: sentence })),
      action: { label: 'Voir la liste d’ouverture', url: options.url },
      footer: 'Le territoire ouvrira de lui-même dès que la liste sera complète, ou vous pouvez choisir une autre date d’ouverture.',
    },
  }
}
