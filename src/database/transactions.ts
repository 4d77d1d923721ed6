import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type RequestContext } from 'payload'

import type { User } from '@/payload-types'

/**
 * The one way Boussole opens a database transaction. Pass the given request to every Local API call and to
 * `payload.jobs.queue`: everything is committed together, or nothing at all (an email queued with it leaves
 * only if the change it announces is committed).
 */

/** Runs `work` in the transaction of `req`, started here unless the request already has one. */
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

/** Runs `work` in a new transaction, as the system (no user: pass `overrideAccess` as the call requires). */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, context: RequestContext = {}): Promise<T> {
  return withinTransaction(await createLocalReq({ context }, payload), work)
}

/** A signed-in person acting in the back office (the `collection` travels with the session). */
export type Actor = User & { collection?: string }

/**
 * Runs `work` as `user`, in a new transaction: every Local API call made with the given request enforces
 * that person's access (pass `overrideAccess: false`).
 */
export async function asUser<T>(payload: Payload, user: Actor, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as PayloadRequest['user'] & object }, payload)
  return withinTransaction(req, work)
}

/** Runs `work` as `user` in a new transaction that is always rolled back: a dry run (what the collections say, nothing written). */
export async function asUserDryRun<T>(payload: Payload, user: Actor, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as PayloadRequest['user'] & object }, payload)
  await initTransaction(req)
  try {
    return await work(req)
  } finally {
    await killTransaction(req)
  }
}
