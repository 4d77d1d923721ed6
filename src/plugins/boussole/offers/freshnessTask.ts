import type { TaskConfig } from 'payload'

import { now as currentTime } from '../core/options'
import { OFFER_FRESHNESS_TASK, SCHEDULED_QUEUE } from '../jobs/queues'
import { remindStaleOffers } from './freshnessReminders'

/** Mondays at 9:00 (server time: the worker runs with TZ=Europe/Paris), an hour after the animators' digest. */
export const OFFER_FRESHNESS_CRON = '0 9 * * 1'

/** Weekly: reminds organisations of their published offers not reviewed for six months (`remindStaleOffers`). */
export const offerFreshnessTask: TaskConfig<typeof OFFER_FRESHNESS_TASK> = {
  slug: OFFER_FRESHNESS_TASK,
  label: 'Rappel des offres à vérifier',
  schedule: [{ cron: OFFER_FRESHNESS_CRON, queue: SCHEDULED_QUEUE }],
  outputSchema: [{ name: 'staleOffers', type: 'number' }],
  handler: async ({ req }) => ({ output: { staleOffers: await remindStaleOffers(req.payload, currentTime(req.payload)) } }),
}
