'use server'

import { formatPauseDay, pauseDay } from '@/domain/offers/pause'
import { pauseOffer, resumeOffer } from '@/plugins/boussole/server'

import { withSession, type ActionResult } from '../shared/session'

/** « Mettre en pause (complet jusqu’au …) »: `until` is the date field's value ('YYYY-MM-DD'). */
export async function pauseOfferAction(offerId: number, until: string): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    const offer = await pauseOffer(payload, { offerId, until }, { user })
    const day = pauseDay(offer.pausedUntil)
    return {
      ok: true,
      message: `Offre en pause : complète jusqu’au ${day ? formatPauseDay(day) : until}. Elle ne reçoit plus de demande d’ici là.`,
      id: offerId,
    }
  })
}

/** « Reprendre »: the offer takes requests again today. */
export async function resumeOfferAction(offerId: number): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    await resumeOffer(payload, { offerId }, { user })
    return { ok: true, message: 'Offre reprise : elle apparaît de nouveau dans les résultats et reçoit des demandes.', id: offerId }
  })
}
