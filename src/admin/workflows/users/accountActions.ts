'use server'

import { confirmEmailChange } from '@/collections/Users/confirmEmailChange'
import { asUser } from '@/database/transactions'

import { withSession, type ActionResult } from '../shared/session'
import { inviteProfessional, type InvitationInput } from './inviteProfessional'
import { resendInvitation } from './resendInvitation'

/** « Inviter » a professional or, for an administrator, an animator (see `inviteProfessional`). */
export async function inviteProfessionalAction(input: InvitationInput): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    const created = await inviteProfessional(payload, user, input)
    return { ok: true, message: `Invitation envoyée à ${created.email}.`, id: created.id }
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

/** « Renvoyer l'invitation » (see `resendInvitation`). */
export async function resendInvitationAction(userId: number): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    const { email } = await resendInvitation(payload, user, userId)
    return { ok: true, message: `Invitation renvoyée à ${email} (lien valable 7 jours).`, id: userId }
  })
}

/** « Confirmer ma nouvelle adresse », from the link sent to it (see `confirmEmailChange`). */
export async function confirmEmailChangeAction(token: string): Promise<ActionResult> {
  return withSession(async (payload, user) => {
    const result = await confirmEmailChange(payload, user, token)
    return result.ok ? { ok: true, message: result.message, id: user.id } : { ok: false, message: result.message }
  })
}
