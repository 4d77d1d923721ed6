import type { TaskConfig } from 'payload'

import { purgeContactAccesses } from '../accessLog/purgeContactAccesses'
import { RETENTION_SWEEP_TASK, SCHEDULED_QUEUE } from '../jobs/queues'
import { runRetentionSweep } from './runRetentionSweep'

/** Daily at 3:30: erases the personal data of the leads past the retention period, and the expired access-log entries. */
export const retentionTask: TaskConfig<typeof RETENTION_SWEEP_TASK> = {
  slug: RETENTION_SWEEP_TASK,
  label: 'Effacement des données personnelles expirées',
  schedule: [{ cron: '30 3 * * *', queue: SCHEDULED_QUEUE }],
  outputSchema: [
    { name: 'anonymized', type: 'number' },
    { name: 'contactAccessesPurged', type: 'number' },
  ],
  handler: async ({ req }) => {
    const { anonymized } = await runRetentionSweep(req.payload)
    return { output: { anonymized, contactAccessesPurged: await purgeContactAccesses(req.payload) } }
  },
}
