/** Queues of the plugin's jobs. `npm run worker` (and the dev server) run all of them. */
export const EMAIL_QUEUE = 'emails'
export const SMS_QUEUE = 'sms'
/** Scheduled sweeps (SLA, digest, offer freshness, retention): queued by Payload's scheduler from each task's cron. */
export const SCHEDULED_QUEUE = 'scheduled'

export const SEND_EMAIL_TASK = 'boussoleSendEmail'
export const SEND_SMS_TASK = 'boussoleSendSms'
export const SLA_SWEEP_TASK = 'boussoleSlaSweep'
export const WEEKLY_DIGEST_TASK = 'boussoleWeeklyDigest'
export const OFFER_FRESHNESS_TASK = 'boussoleOfferFreshness'
export const RETENTION_SWEEP_TASK = 'boussoleRetentionSweep'
export const TERRITORY_OPENING_TASK = 'boussoleTerritoryOpening'
