import { addCalendarMonths, pausedUntilValue } from '@/domain/offers/pause'
import { validityDay } from '@/domain/offers/validity'
import { addCalendarDays, formatCalendarDate } from '@/domain/shared/timeZone'
import { now, pauseLogRowId, storeOfferPause } from '@/plugins/boussole/server'

import type { SeedContext } from './context'
import { DEMO_ACCOUNTS } from './users'

/** The demo offer shown « complet » (Sicoval, Emploi: out of the Cahors flow the browser tests follow). */
export const PAUSED_DEMO_OFFER = 'Un deux-roues pour aller travailler ou te former'

const shift = (day: string, days: number): string => {
  const [year, month, date] = day.split('-').map(Number)
  return formatCalendarDate(addCalendarDays({ year, month, day: date }, days))
}

/**
 * A paused offer with its pause log, relative to the day the demo data is loaded: paused by the Sicoval animator
 * last month for a week, resumed, and paused again until three weeks from now (« Complet jusqu’au … » on its page,
 * out of the results). Written as the plugin writes a pause: on the live document, no review.
 */
export async function seedOfferPause(ctx: SeedContext): Promise<void> {
  const { payload, req } = ctx
  const [offer] = (await payload.find({ collection: 'offers', where: { title: { equals: PAUSED_DEMO_OFFER } }, limit: 1, depth: 0, overrideAccess: true, req }))
    .docs
  const [animator] = (
    await payload.find({ collection: 'users', where: { email: { equals: DEMO_ACCOUNTS.animatorSicoval } }, limit: 1, depth: 0, overrideAccess: true, req })
  ).docs
  if (!offer || !animator) throw new Error(`Offre « ${PAUSED_DEMO_OFFER} » ou compte ${DEMO_ACCOUNTS.animatorSicoval} introuvable`)
  const today = validityDay(now(payload))
  const until = shift(today, 21)
  const lastMonth = addCalendarMonths(today, -1)
  const pauseLog = [
    { id: pauseLogRowId(), at: `${lastMonth}T08:30:00.000Z`, by: animator.id, action: 'pause' as const, until: pausedUntilValue(shift(lastMonth, 7)) },
    { id: pauseLogRowId(), at: `${shift(lastMonth, 5)}T15:00:00.000Z`, by: animator.id, action: 'resume' as const, until: null },
    { id: pauseLogRowId(), at: `${shift(today, -2)}T09:15:00.000Z`, by: animator.id, action: 'pause' as const, until: pausedUntilValue(until) },
  ]
  await storeOfferPause(req, offer.id, { pausedUntil: pausedUntilValue(until), pauseLog })
  ctx.log(`Offre « ${PAUSED_DEMO_OFFER} » en pause jusqu’au ${until}`)
}
