'use server'

import { asUser } from '../shared/asUser'
import { withSession, type ActionResult } from '../shared/session'

export interface InvitationInput {
  name: string
  email: string
  partner: number
  jobTitle?: string
}

/**
 * « Inviter un professionnel »: creates the account without password, as the animator (the collection
 * checks the organisation belongs to their territories); the invitation email goes out from the hooks.
 */
export async function inviteProfessionalAction(input: InvitationInput): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    const name = input.name?.trim()
    const email = input.email?.trim().toLowerCase()
    if (!name || !email || !input.partner) return { ok: false, message: 'Indiquez le nom, le courriel et l’organisme du professionnel.' }
    const created = await asUser(payload, user, (req) =>
      payload.create({
        collection: 'users',
        data: { name, email, role: 'partner', partner: Number(input.partner), jobTitle: input.jobTitle?.trim() || undefined },
        overrideAccess: false,
        depth: 0,
        req,
      }),
    )
    return { ok: true, message: `Invitation envoyée à ${email}.`, id: created.id }
  })
}

/** « Désactiver » / « Réactiver » an account (the collection restricts who may change `active`). */
export async function setAccountActiveAction(userId: number, active: boolean): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    if (user.id === userId) return { ok: false, message: 'Vous ne pouvez pas désactiver votre propre compte.' }
    await asUser(payload, user, (req) => payload.update({ collection: 'users', id: userId, data: { active }, overrideAccess: false, depth: 0, req }))
    return { ok: true, message: active ? 'Compte réactivé.' : 'Compte désactivé : la personne ne peut plus se connecter.', id: userId }
  })
}
