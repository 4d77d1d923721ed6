'use server'

import { changeOfferStatus, duplicateOffer, OFFER_ACTIONS, type OfferAction, publishOffer, sendBackOffer } from '@/plugins/boussole/server'

import { withSession, type ActionResult } from '../shared/session'

const plural = (count: number) => (count > 1 ? `${count} adresses` : `${count} adresse`)

/** « Soumettre pour validation », « Archiver », « Restaurer ». */
export async function offerStatusAction(offerId: number, action: OfferAction): Promise<ActionResult> {
  if (!(action in OFFER_ACTIONS)) return { ok: false, message: 'Action inconnue.' }
  return withSession(async (payload, user) => {
    await changeOfferStatus(payload, user, offerId, action)
    const done = { submit: 'Offre soumise pour validation.', archive: 'Offre archivée.', restore: 'Offre restaurée en brouillon.' }
    return { ok: true, message: done[action], id: offerId }
  })
}

/** « Dupliquer »: returns the new draft's id. */
export async function duplicateOfferAction(offerId: number): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    const copy = await duplicateOffer(payload, user, offerId)
    return { ok: true, message: 'Copie créée en brouillon.', id: copy.id }
  })
}

/** « Publier » / « Renvoyer au partenaire » from the validation queue. */
export async function reviewOfferAction(offerId: number, decision: 'publish' | 'send-back', comment: string): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    if (decision === 'publish') {
      const { notified } = await publishOffer(payload, user, { offerId, comment })
      return { ok: true, message: `Offre publiée. Le partenaire est prévenu (${plural(notified)}).`, id: offerId }
    }
    const { notified } = await sendBackOffer(payload, user, { offerId, comment })
    return { ok: true, message: `Offre renvoyée en brouillon. Votre commentaire est envoyé au partenaire (${plural(notified)}).`, id: offerId }
  })
}
