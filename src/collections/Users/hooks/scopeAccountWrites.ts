import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { activeUser } from '@/domain/accounts/roles'
import { idsOf } from '@/domain/shared/ids'
import { now } from '@/plugins/boussole/server'

/**
 * Animators may only create and manage partner professionals of organisations that belong to one of
 * their territories. Role-specific links are kept consistent (an admin has neither territory nor partner),
 * and an invitation (see `markInvitation`) is dated.
 */
export const scopeAccountWrites: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const role = data.role ?? originalDoc?.role
  if (role !== 'animator') data.territories = []
  if (role !== 'partner') data.partner = null
  if (operation === 'create' && req.context.invitation) data.invitedAt = now(req.payload).toISOString()

  const actor = activeUser(req.user)
  if (!actor || actor.role !== 'animator') return data
  // Their own account: they edit their profile (role and territories are admin-only fields).
  if (operation === 'update' && originalDoc?.id === actor.id) return data
  const fail = (path: string, message: string) => {
    throw new ValidationError({ collection: 'users', errors: [{ path, message }] }, req.t)
  }
  if (role !== 'partner') fail('role', 'Un animateur ou une animatrice ne peut créer que des comptes de professionnels partenaires.')
  const partnerId = idsOf([data.partner ?? originalDoc?.partner])[0]
  if (!partnerId) return fail('partner', "Choisissez l'organisme du professionnel.")
  const perimeter = await getPerimeter(req)
  const partner = await req.payload.findByID({ collection: 'partners', id: partnerId, depth: 0, overrideAccess: true, req })
  const mine = perimeter.kind === 'territories' ? perimeter.territoryIds : []
  if (!idsOf(partner.territories).some((id) => mine.includes(id))) {
    fail('partner', `L'organisme « ${partner.name} » ne fait partie d'aucun de vos territoires.`)
  }
  return data
}
