import type { User } from '@/payload-types'

export const ROLES = ['admin', 'animator', 'partner'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrateur national (DJEPVA)',
  animator: 'Animateur territorial',
  partner: 'Professionnel partenaire',
}

/** An inactive (deactivated) account has no rights at all, whatever its role. */
export function activeUser(user: unknown): User | null {
  const candidate = user as (User & { collection?: string }) | null | undefined
  if (!candidate || candidate.active === false) return null
  if (candidate.collection && candidate.collection !== 'users') return null
  return candidate
}

export function checkRole(roles: readonly Role[], user: unknown): boolean {
  const active = activeUser(user)
  return Boolean(active && roles.includes(active.role as Role))
}
