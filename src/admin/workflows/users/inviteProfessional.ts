import { APIError, type Payload } from 'payload'

import { asUser, type Actor } from '@/database/transactions'
import type { User } from '@/payload-types'

export interface InvitationInput {
  name: string
  email: string
  /** « partner » (default): a professional of `partner`; « animator »: an animator of `territories`. */
  role?: 'partner' | 'animator'
  partner?: number | null
  territories?: number[] | null
  jobTitle?: string | null
}

/**
 * « Inviter »: creates the account without password, as the person inviting (the collection checks the
 * organisation belongs to an animator's territories, and only an administrator sets an animator's
 * territories); the « choisissez votre mot de passe » email is queued by the collection's `sendInvitation`
 * hook. Administrators invite animators and professionals; animators, professionals only.
 */
export async function inviteProfessional(payload: Payload, user: Actor, input: InvitationInput): Promise<User> {
  const role = input.role ?? 'partner'
  const name = input.name?.trim()
  const email = input.email?.trim().toLowerCase()
  if (role !== 'partner' && role !== 'animator') throw new APIError('Vous pouvez inviter un professionnel partenaire ou un animateur.', 400, null, true)
  if (role === 'animator' && user.role !== 'admin')
    throw new APIError('Seule l’administration nationale peut inviter un animateur ou une animatrice.', 403, null, true)
  if (!name || !email) throw new APIError('Indiquez le nom et le courriel de la personne à inviter.', 400, null, true)
  if (role === 'partner' && !input.partner) throw new APIError('Choisissez l’organisme du professionnel.', 400, null, true)
  const territories = (input.territories ?? []).map(Number).filter((id) => Number.isInteger(id) && id > 0)
  if (role === 'animator' && !territories.length) throw new APIError('Choisissez au moins un territoire à animer.', 400, null, true)
  const jobTitle = input.jobTitle?.trim() || undefined
  const data = role === 'animator' ? { name, email, role, territories, jobTitle } : { name, email, role, partner: Number(input.partner), jobTitle }
  return asUser(payload, user, (req) => payload.create({ collection: 'users', data, overrideAccess: false, depth: 0, req }))
}
