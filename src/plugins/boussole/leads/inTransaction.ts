import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext } from 'payload'

/**
 * Runs `work` in one database transaction, as the system: pass the given request to every Local API call
 * and to `payload.jobs.queue`. Everything is committed together, or nothing at all.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, context: RequestContext = {}): Promise<T> {
  const req = await createLocalReq({ context }, payload)
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
