import type { PayloadRequest } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import type { User } from '@/payload-types'

/** One entry of a back-office form's select (an organisation, a territory). */
export interface Choice {
  id: number
  label: string
}

const asUser = (req: PayloadRequest, user: User) => ({ sort: 'name', pagination: false, depth: 0, overrideAccess: false, user, req }) as const

/** The territories a form offers the person: an animator's own, every territory for an administrator; by name. */
export async function territoryChoices(req: PayloadRequest, user: User): Promise<Choice[]> {
  const perimeter = await getPerimeter(req)
  const { docs } = await req.payload.find({
    collection: 'territories',
    where: perimeter.kind === 'territories' ? { id: { in: perimeter.territoryIds } } : {},
    ...asUser(req, user),
    select: { name: true },
  })
  return docs.map((territory) => ({ id: territory.id, label: territory.name }))
}

/** The organisations a form offers the person: those of an animator's territories, every one for an administrator; by name. */
export async function partnerChoices(req: PayloadRequest, user: User): Promise<Choice[]> {
  const perimeter = await getPerimeter(req)
  const { docs } = await req.payload.find({
    collection: 'partners',
    where: perimeter.kind === 'territories' ? { territories: { in: perimeter.territoryIds } } : {},
    ...asUser(req, user),
    select: { name: true },
  })
  return docs.map((partner) => ({ id: partner.id, label: partner.name }))
}
