import type { Access } from 'payload'

import { activeUser } from '@/domain/accounts/roles'

import { getPerimeter } from './perimeter'
import { perimeterWhere } from './perimeterWhere'

/**
 * Accounts a person may read or change: admins all of them; animators their own and the partner
 * professionals of the organisations in their territories; partners only their own.
 */
export const selfOrManagedAccounts: Access = async ({ req }) => {
  const user = activeUser(req.user)
  if (!user) return false
  if (user.role === 'admin') return true
  const self = { id: { equals: user.id } }
  if (user.role !== 'animator') return self
  const managed = perimeterWhere(await getPerimeter(req), { territory: 'partner.territories' })
  if (typeof managed === 'boolean') return self
  return { or: [self, { and: [{ role: { equals: 'partner' } }, managed] }] }
}

/**
 * Accounts a member of staff may act upon for someone else (e.g. unlock after too many failed logins):
 * admins all of them; animators the partner professionals of the organisations in their territories.
 */
export const managedAccounts: Access = async ({ req }) => {
  const user = activeUser(req.user)
  if (!user) return false
  if (user.role === 'admin') return true
  if (user.role !== 'animator') return false
  const managed = perimeterWhere(await getPerimeter(req), { territory: 'partner.territories' })
  if (typeof managed === 'boolean') return managed
  return { and: [{ role: { equals: 'partner' } }, managed] }
}
