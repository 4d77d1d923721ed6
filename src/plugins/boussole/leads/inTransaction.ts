import { createLocalReq, type Payload, type PayloadRequest, type RequestContext } from 'payload'

import { withinTransaction } from '@/database/withinTransaction'

/**
 * Runs `work` in one database transaction, as the system: pass the given request to every Local API call
 * and to `payload.jobs.queue`. Everything is committed together, or nothing at all.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, context: RequestContext = {}): Promise<T> {
  return withinTransaction(await createLocalReq({ context }, payload), work)
}
