import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { withinTransaction } from '@/database/withinTransaction'

import type { User } from '@/payload-types'

/** A signed-in person acting in the back office (the `collection` travels with the session). */
export type Actor = User & { collection?: string }

/**
 * Runs `work` as `user`, in one database transaction: every Local API call made with the given request
 * enforces that person's access (pass `overrideAccess: false`), and the emails queued with it leave only
 * if the change they announce is committed.
 */
export async function asUser<T>(payload: Payload, user: Actor, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as PayloadRequest['user'] & object }, payload)
  return withinTransaction(req, work)
}

/** A French message for the person, from whatever the Local API threw (validation errors keep their field messages). */
export function errorMessage(error: unknown): string {
  const data = (error as { data?: { errors?: { message?: string }[] } })?.data
  const details = data?.errors?.map((entry) => entry.message).filter(Boolean)
  if (details?.length) return details.join(' ')
  const status = (error as { status?: number })?.status
  if (status === 403 || status === 404) return "Vous n'avez pas accès à ce document, ou il n'existe plus."
  return error instanceof Error && error.message ? error.message : 'Une erreur est survenue.'
}
