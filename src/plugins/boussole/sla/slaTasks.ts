import type { TaskConfig } from 'payload'

import type { BoussoleSettings } from '../core/options'
import { SCHEDULED_QUEUE, SLA_SWEEP_TASK, WEEKLY_DIGEST_TASK } from '../jobs/queues'
import { runSlaSweep } from './runSlaSweep'
import { sendWeeklyDigest } from './sendWeeklyDigest'

/** Every 10 minutes: reminders, « hors délai » flags and escalations, follow-up questions. */
export const slaSweepTask: TaskConfig<typeof SLA_SWEEP_TASK> = {
  slug: SLA_SWEEP_TASK,
  label: 'Suivi des délais des demandes',
  schedule: [{ cron: '*/10 * * * *', queue: SCHEDULED_QUEUE }],
  outputSchema: [
    { name: 'reminded', type: 'number' },
    { name: 'flaggedOverdue', type: 'number' },
    { name: 'escalated', type: 'number' },
    { name: 'followUps', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await runSlaSweep(req.payload) }),
}

/** Weekly (`sla.weeklyDigestCron`, server time: run the worker with TZ=Europe/Paris): the animators' digest. */
export const weeklyDigestTask = (settings: BoussoleSettings): TaskConfig<typeof WEEKLY_DIGEST_TASK> => ({
  slug: WEEKLY_DIGEST_TASK,
  label: 'Récapitulatif hebdomadaire des demandes hors délai',
  schedule: [{ cron: settings.sla.weeklyDigestCron, queue: SCHEDULED_QUEUE }],
  outputSchema: [{ name: 'digests', type: 'number' }],
  handler: async ({ req }) => ({ output: await sendWeeklyDigest(req.payload) }),
})
