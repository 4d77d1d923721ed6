import type { Payload } from 'payload'

/** The jobs of a queue not completed yet (waiting, failed and due for a retry). */
export const pendingJobs = async (payload: Payload, queue: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: queue } }, { completedAt: { exists: false } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

/** What the backoff would do with time: make the failed jobs due again now. */
export const skipBackoff = (payload: Payload) =>
  payload.db.updateMany({
    collection: 'payload-jobs',
    where: { completedAt: { exists: false } },
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })

/** Runs a queue's jobs until none is due (a worker's passes, without waiting for the cron). */
export async function runQueue(payload: Payload, queue: string): Promise<void> {
  for (let round = 0; round < 100; round++) {
    const result = await payload.jobs.run({ queue, limit: 20, silent: true })
    if ('noJobsRemaining' in result && result.noJobsRemaining) return
  }
  throw new Error(`The jobs of the « ${queue} » queue never ran out`)
}
