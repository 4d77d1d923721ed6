import { APIError, type Payload } from 'payload'

import { asUser, type Actor } from '@/database/transactions'
import type { User } from '@/payload-types'

export interface InvitationInput {
  name: string
  email: string
  partner: number
  jobTitle?: string | null
}

/**
 * « Inviter un professionnel »: creates the partner account without password, as the animator (the
 * collection checks the organisation belongs to their territories); the « choisissez votre
 * mot de passe » email is queued by the collection's `sendInvitation` hook.
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
  return created
}
