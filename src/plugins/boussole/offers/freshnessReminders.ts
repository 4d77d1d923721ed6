import type { Payload } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import { queueEmail } from '@/plugins/boussole/jobs/queueEmail'
import { inTransaction } from '@/database/transactions'
import { offerRecipients } from './offerRecipients'
import { FRESHNESS_MONTHS, freshnessThreshold } from '@/domain/offers/freshness'

/**
 * Reminds each organisation of its published offers not reviewed for six months (one email per offer and
 * per month at most: the dedupe key holds the month). Idempotent; run by the plugin's weekly task. Returns the number of offers reminded.
 */
export async function remindStaleOffers(payload: Payload, now: Date): Promise<number> {
  const threshold = freshnessThreshold(now).toISOString()
  const month = now.toISOString().slice(0, 7)
  const { docs } = await payload.find({
    collection: 'offers',
    where: { and: [{ status: { equals: 'publiee' } }, { or: [{ reviewedAt: { less_than: threshold } }, { reviewedAt: { exists: false } }] }] },
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
