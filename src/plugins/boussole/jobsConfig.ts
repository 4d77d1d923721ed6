import type { Access, CollectionConfig, Config, JobsConfig, Payload, PayloadRequest } from 'payload'

import { checkRole } from '@/domain/accounts/roles'

import type { BoussoleSettings } from './core/options'
import { sendEmailTask } from './jobs/sendEmailTask'
import { sendSmsTask } from './jobs/sendSmsTask'
import { offerFreshnessTask } from './offers/freshnessTask'
import { retentionTask } from './retention/retentionTask'
import { slaSweepTask, weeklyDigestTask } from './sla/slaTasks'
import { territoryOpeningTask } from './territories/openingTask'

/**
 * Jobs run in the Next.js server only in development. In production one or more workers run them all
 * (`payload jobs:run --cron "* * * * *" --all-queues --handle-schedules`); tests drive them by hand.
 */
export const jobsAutoRunEnabled = (): boolean =>
  process.env.NODE_ENV !== 'production' && process.env.NODE_ENV !== 'test' && process.env.BOUSSOLE_JOBS_AUTORUN !== 'false'

const adminOnlyJobs = ({ req }: { req: PayloadRequest }): boolean => checkRole(['admin'], req.user)

/** The jobs collection holds the emails' content (personal data): only administrators read it. */
const protectJobsCollection =
  (previous: JobsConfig['jobsCollectionOverrides'], adminOnly: Access) =>
  ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => {
    const collection = previous ? previous({ defaultJobsCollection }) : defaultJobsCollection
    return {
      ...collection,
      labels: { singular: 'Tâche', plural: 'Tâches en file' },
      access: { ...collection.access, read: adminOnly },
      admin: { ...collection.admin, group: 'Administration', hidden: ({ user }) => !checkRole(['admin'], user) },
    }
  }

/**
 * Payload adds a `payload-jobs-stats` global (when each schedule last ran) with its default access: any
 * signed-in person could rewrite it, e.g. postpone the SLA sweep or the retention purge indefinitely.
 * Payload offers no override for it, so its access is tightened once the config is sanitised: admins only.
 */
export function protectJobStatsGlobal(payload: Payload): void {
  const stats = payload.config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (!stats) return
  Object.assign(stats.access, { read: adminOnlyJobs, readDrafts: adminOnlyJobs, readVersions: adminOnlyJobs, update: adminOnlyJobs })
}

/** The plugin's jobs: email sending, SLA sweep, weekly digest, offer freshness, retention; added to the project's own. */
export function boussoleJobs(config: Config, settings: BoussoleSettings): JobsConfig {
  return {
    ...config.jobs,
    tasks: [
      ...(config.jobs?.tasks ?? []),
      sendEmailTask(settings),
      sendSmsTask(settings),
      slaSweepTask,
      weeklyDigestTask(settings),
      offerFreshnessTask,
      retentionTask,
      territoryOpeningTask,
    ],
    access: { run: adminOnlyJobs, queue: adminOnlyJobs, cancel: adminOnlyJobs },
    autoRun: () => (jobsAutoRunEnabled() ? [{ cron: '* * * * *', allQueues: true, limit: 50 }] : []),
    shouldAutoRun: jobsAutoRunEnabled,
    jobsCollectionOverrides: protectJobsCollection(config.jobs?.jobsCollectionOverrides, settings.access.adminOnly),
  }
}
