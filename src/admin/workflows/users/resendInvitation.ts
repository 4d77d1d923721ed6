import { APIError, type Payload } from 'payload'

import { sendInvitationEmail } from '@/collections/Users/hooks/sendInvitation'
import { asUser, type Actor } from '@/database/transactions'

/**
 * « Renvoyer l'invitation »: a fresh 7-day link to choose a password, sent to the account's own address (the
 * previous link stops working). For the staff who manage the account — an animator the professionals of its
 * territories, an administrator anyone — never on one's own account nor on a deactivated one. Whoever sends it
 * never sees the link: only the owner of the address can use it.
 */
export async function resendInvitation(payload: Payload, user: Actor, userId: number): Promise<{ email: string }> {
  if (user.role !== 'admin' && user.role !== 'animator')
    throw new APIError("Seuls l'administration et les animateurs peuvent renvoyer une invitation.", 403, null, true)
  if (user.id === userId)
    throw new APIError('Vous ne pouvez pas vous renvoyer une invitation : changez votre mot de passe depuis votre compte.', 400, null, true)
  return asUser(payload, user, async (req) => {
    // Read with the person's rights: an animator reads, besides their own, only the accounts they manage.
    const target = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: false, req }).catch(() => null)
    if (!target) throw new APIError("Vous n'avez pas accès à ce compte, ou il n'existe plus.", 404, null, true)
    if (target.active === false) throw new APIError("Ce compte est désactivé : réactivez-le avant de renvoyer l'invitation.", 400, null, true)
    await sendInvitationEmail(req, target, `resent:${Date.now()}`)
    return { email: target.email }
  })
}
