import type { PayloadRequest } from 'payload'

import { activeUser } from './roles'

/**
 * What a signed-in person may see, resolved once per request (cached on `req.context`):
 * - admin: everything;
 * - animator: the territories they run;
 * - partner: their organisation, and the territories where it holds a signed charter.
 */
export type Perimeter =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'territories'; territoryIds: number[] }
  | { kind: 'partner'; partnerId: number; territoryIds: number[] }

const CACHE_KEY = 'boussolePerimeter'

/** The id of a relationship value (an id or a populated document), or null. */
export const idOf = (value: unknown): number | null => {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  return null
}

export const idsOf = (values: unknown): number[] =>
  Array.isArray(values) ? values.map(idOf).filter((id): id is number => id !== null) : []

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

/** Territories where the organisation currently holds a signed charter. */
export async function signedCharterTerritories(req: PayloadRequest, partnerId: number): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'charters',
    where: { and: [{ partner: { equals: partnerId } }, { status: { equals: 'signee' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { territory: true },
  })
  return [...new Set(docs.map((doc) => idOf(doc.territory)).filter((id): id is number => id !== null))]
}
