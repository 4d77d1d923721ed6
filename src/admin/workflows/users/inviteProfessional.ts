import { APIError, createLocalReq, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { asUser, type Actor } from '../shared/asUser'

export interface InvitationInput {
  name: string
  email: string
  partner: number
  jobTitle?: string | null
}

/**
 * « Inviter un professionnel »: creates the partner account without password, as the animator (the
 * collection checks the organisation belongs to their territories), then makes sure the « choisissez votre
 * mot de passe » email leaves once the account is committed.
 *
 * Why the second step: the `sendInvitation` hook calls `forgotPassword` inside the creation's transaction,
 * and Payload 3.90's `forgotPassword` looks the account up outside of it (its request-interval reservation),
 * so it does not find the new account and silently sends nothing. Once the hook is fixed it sets a reset
 * token first, and this step does nothing.
 */
export async function inviteProfessional(payload: Payload, user: Actor, input: InvitationInput): Promise<User> {
  const name = input.name?.trim()
  const email = input.email?.trim().toLowerCase()
  if (!name || !email || !input.partner) throw new APIError('Indiquez le nom, le courriel et l’organisme du professionnel.', 400, null, true)
  const created = await asUser(payload, user, (req) =>
    payload.create({
      collection: 'users',
      data: { name, email, role: 'partner', partner: Number(input.partner), jobTitle: input.jobTitle?.trim() || undefined },
      overrideAccess: false,
      depth: 0,
      req,
    }),
  )
  const stored = await payload.findByID({ collection: 'users', id: created.id, depth: 0, overrideAccess: true, showHiddenFields: true })
  if (!(stored as { resetPasswordToken?: string | null }).resetPasswordToken) {
    const req = await createLocalReq({ context: { invitation: true } }, payload)
    await payload.forgotPassword({ collection: 'users', data: { email }, req })
  }
  return created
}
