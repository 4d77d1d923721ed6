import type { BaseDatabaseAdapter, DatabaseAdapterObj, Job, UpdateJobsArgs, Where } from 'payload'
import type { Pool } from 'pg'

/**
 * Several workers on one database (`npm run worker` more than once, on several machines).
 *
 * Payload 3.90 takes work by reading the due jobs, then marking each « processing » (`updateJobs` with
 * `{ processing: true }`): two workers reading at the same moment take the same jobs and both run them — the
 * scheduled SLA sweep ran twice, and a worker died writing the log of a job the other had completed and deleted.
 * Here the mark is one conditional UPDATE (`… and processing = false returning id`): PostgreSQL re-checks the
 * condition on a row another transaction has just changed, so of two workers only one gets each job; the other
 * gets the rest, or nothing. Payload's own reading of what is due (queue, waitUntil, order, limit) is kept.
 *
 * A worker killed in the middle of a job leaves it « processing » for ever: a job marked longer ago than
 * JOB_LEASE_MINUTES (Payload touches `updated_at` as each task ends) is given back before work is taken, and runs
 * again — every task is written to be run twice safely (emails and SMS through their unique sent-key).
 */
export const JOB_LEASE_MINUTES = 15

const JOBS_TABLE = 'payload_jobs'

/** The call by which Payload's `runJobs` takes jobs: `processing: true` written (with `updatedAt`), the rows returned. */
export const isClaim = (args: Pick<UpdateJobsArgs, 'data' | 'returning'>): boolean =>
  args.returning !== false &&
  (args.data as { processing?: unknown }).processing === true &&
  Object.keys(args.data ?? {}).every((key) => key === 'processing' || key === 'updatedAt')

/** Attempts at taking work when another worker took every job read first (the next reading skips those). */
const CLAIM_ATTEMPTS = 3

type JobsAdapter = BaseDatabaseAdapter & { pool?: Pool }

export function claimJobsAtomically<T extends BaseDatabaseAdapter>(adapter: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as T & JobsAdapter
      const updateJobs = db.updateJobs
      db.updateJobs = async function (this: T & JobsAdapter, jobArgs: UpdateJobsArgs) {
        if (!isClaim(jobArgs)) return updateJobs.call(this, jobArgs)
        const pool = this.pool
        if (!pool) throw new Error('claimJobsAtomically needs @payloadcms/db-postgres (a node-postgres pool).')
        await pool.query(
          `update "${JOBS_TABLE}" set "processing" = false where "processing" and "completed_at" is null and "updated_at" < now() - make_interval(mins => $1)`,
          [JOB_LEASE_MINUTES],
        )
        const baseWhere: Where = jobArgs.id !== undefined ? { id: { equals: jobArgs.id } } : (jobArgs.where ?? {})
        const lost: (number | string)[] = []
        for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
          const { docs } = await this.find({
            collection: 'payload-jobs',
            where: lost.length ? { and: [baseWhere, { id: { not_in: lost } }] } : baseWhere,
            limit: jobArgs.id !== undefined ? 1 : (jobArgs.limit ?? 0),
            sort: jobArgs.sort,
            pagination: false,
            req: jobArgs.req,
          })
          if (!docs.length) return []
          const claimed = await pool.query<{ id: number | string }>(
            `update "${JOBS_TABLE}" set "processing" = true, "updated_at" = now() where "id" = any($1) and "processing" = false returning "id"`,
            [docs.map((doc) => doc.id)],
          )
          const won = new Set(claimed.rows.map((row) => String(row.id)))
          if (won.size) return docs.filter((doc) => won.has(String(doc.id))).map((doc) => ({ ...doc, processing: true })) as Job[]
          lost.push(...docs.map((doc) => doc.id as number | string))
        }
        return []
      } as T['updateJobs']
      return db
    },
  }
}
