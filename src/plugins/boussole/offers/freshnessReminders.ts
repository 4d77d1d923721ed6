import type { Payload } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { inTransaction } from '@/database/transactions'
import { FRESHNESS_MONTHS, staleOffersWhere } from '@/domain/offers/freshness'
import { parisMonth } from '@/domain/shared/frenchDates'

import { queueEmail } from '../jobs/queueEmail'
import { offerRecipients } from './offerRecipients'

/**
 * Reminds each organisation of its published offers not reviewed for six months (one email per offer and
 * per month at most: the dedupe key holds the month). The offers are those of `staleOffersWhere`, read as the
 * back-office list reads them (`draft: true`). Idempotent; run by the weekly `offerFreshnessTask`. Returns the number of offers reminded.
 */
export async function remindStaleOffers(payload: Payload, now: Date): Promise<number> {
  const month = parisMonth(now)
  const { docs } = await payload.find({
    collection: 'offers',
    where: staleOffersWhere(now),
    draft: true,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { title: true, partner: true, notificationEmails: true, reviewedAt: true },
  })
  for (const offer of docs) {
    await inTransaction(payload, async (req) => {
      for (const to of await offerRecipients(req, offer)) {
        await queueEmail(req, {
          kind: 'offer-freshness',
          to,
          subject: `Votre offre « ${offer.title} » est-elle toujours à jour ?`,
          content: {
            title: 'Votre offre est-elle toujours à jour ?',
            paragraphs: [
              'Bonjour,',
              `Votre offre « ${offer.title} » n’a pas été vérifiée depuis plus de ${FRESHNESS_MONTHS} mois. Les jeunes comptent sur des informations exactes : relisez-la, corrigez ce qui a changé puis enregistrez-la (ou archivez-la si elle n’existe plus).`,
            ],
            action: { label: "Vérifier l'offre", url: `${publicUrl()}/admin/collections/offers/${offer.id}` },
            footer: "Vous recevez ce message parce que vous êtes professionnel de l'organisme qui propose cette offre sur Boussole.",
          },
          dedupeKey: `offer:${offer.id}:freshness:${month}:${to}`,
        })
      }
    })
  }
  return docs.length
}
