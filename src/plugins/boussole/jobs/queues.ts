/** Queues of the plugin's jobs. `npm run worker` (and the dev server) run all of them. */
export const EMAIL_QUEUE = 'emails'
/** Scheduled sweeps (SLA, digest, retention): queued by Payload's scheduler from each task's cron. */
export const SCHEDULED_QUEUE = 'scheduled'

export const SEND_EMAIL_TASK = 'boussoleSendEmail'
export const SLA_SWEEP_TASK = 'boussoleSlaSweep'
export const WEEKLY_DIGEST_TASK = 'boussoleWeeklyDigest'
export const RETENTION_SWEEP_TASK = 'boussoleRetentionSweep'
