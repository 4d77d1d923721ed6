import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in the database transaction of `req` (started here unless the request already has one):
 * pass `req` to every Local API call and to `payload.jobs.queue`, and everything is committed together,
 * or nothing at all.
 */
export async function withinTransaction<T>(req: PayloadRequest, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const owns = await initTransaction(req)
  try {
    const result = await work(req)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}
