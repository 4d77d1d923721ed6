import { headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'

import { type Actor } from '@/database/transactions'
import { activeUser } from '@/domain/accounts/roles'
import config from '@payload-config'

import { errorMessage } from './errorMessage'

export type ActionResult = { ok: true; message: string; id?: number } | { ok: false; message: string }

/** Runs a server action as the signed-in person (from the admin's session cookie). */
export async function withSession(work: (payload: Payload, user: Actor) => Promise<ActionResult>): Promise<ActionResult> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  const actor = activeUser(user)
  if (!actor) return { ok: false, message: 'Votre session a expiré : reconnectez-vous.' }
  try {
    return await work(payload, { ...actor, collection: 'users' })
  } catch (error) {
    return { ok: false, message: errorMessage(error) }
  }
}
