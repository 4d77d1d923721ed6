import type { PayloadRequest } from 'payload'

import type { Perimeter } from '@/domain/accounts/perimeter'
import { activeUser } from '@/domain/accounts/roles'
import { idOf, idsOf } from '@/domain/shared/ids'

const CACHE_KEY = 'boussolePerimeter'

/** The caller's perimeter (see `Perimeter`), resolved once per request (cached on `req.context`). */
export async function getPerimeter(req: PayloadRequest): Promise<Perimeter> {
  const user = activeUser(req.user)
  if (!user) return { kind: 'none' }
  const cached = req.context?.[CACHE_KEY] as { userId: number; perimeter: Perimeter } | undefined
  if (cached && cached.userId === user.id) return cached.perimeter

  const perimeter = await resolvePerimeter(req, user)
  if (req.context) req.context[CACHE_KEY] = { userId: user.id, perimeter }
  return perimeter
}

async function resolvePerimeter(req: PayloadRequest, user: NonNullable<ReturnType<typeof activeUser>>): Promise<Perimeter> {
  switch (user.role) {
    case 'admin':
      return { kind: 'all' }
    case 'animator':
      return { kind: 'territories', territoryIds: idsOf(user.territories) }
    case 'partner': {
      const partnerId = idOf(user.partner)
      if (partnerId === null) return { kind: 'none' }
      return { kind: 'partner', partnerId, territoryIds: await signedCharterTerritories(req, partnerId) }
    }
    default:
      return { kind: 'none' }
  }
}

/** Territories where the organisation currently holds a signed charter (a charter may cover several). */
export async function signedCharterTerritories(req: PayloadRequest, partnerId: number): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'charters',
    where: { and: [{ partner: { equals: partnerId } }, { status: { equals: 'signee' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { territories: true },
  })
  return [...new Set(docs.flatMap((doc) => idsOf(doc.territories ?? [])))].sort((a, b) => a - b)
}
