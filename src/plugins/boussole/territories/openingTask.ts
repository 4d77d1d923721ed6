import type { TaskConfig } from 'payload'

import { SCHEDULED_QUEUE, TERRITORY_OPENING_TASK } from '../jobs/queues'
import { openScheduledTerritories } from './openScheduledTerritories'

/** Every day at 6:00 (server time: the worker runs with TZ=Europe/Paris), before anyone looks for the territory. */
export const TERRITORY_OPENING_CRON = '0 6 * * *'

/** Daily: the scheduled openings of territories (`openScheduledTerritories`). */
export const territoryOpeningTask: TaskConfig<typeof TERRITORY_OPENING_TASK> = {
  slug: TERRITORY_OPENING_TASK,
  label: 'Ouverture programmée des territoires',
  schedule: [{ cron: TERRITORY_OPENING_CRON, queue: SCHEDULED_QUEUE }],
  outputSchema: [
    { name: 'opened', type: 'number' },
    { name: 'postponed', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await openScheduledTerritories(req.payload) }),
}
