import type { PayloadRequest, Where } from 'payload'

import { getPerimeter } from '@/access/perimeter'
import { partnerChoices as partnerRule, territoryChoices as territoryRule } from '@/access/pickers'
import type { Perimeter } from '@/domain/accounts/perimeter'
import type { User } from '@/payload-types'

/** One entry of a back-office form's select (an organisation, a territory). */
export interface Choice {
  id: number
  label: string
}

/**
 * The documents a custom admin form offers the person in a select, by name: the same perimeter rule as the
 * relationship pickers of the collections' own forms (`src/access/pickers.ts`), read with the person's access.
 */
async function choices(
  req: PayloadRequest,
  user: User,
  collection: 'territories' | 'partners',
  rule: (perimeter: Perimeter) => Where | boolean,
): Promise<Choice[]> {
  const where = rule(await getPerimeter(req))
  if (where === false) return []
  const { docs } = await req.payload.find({
    collection,
    where: where === true ? {} : where,
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    req,
    select: { name: true },
  })
  return docs.map((doc) => ({ id: doc.id, label: doc.name }))
}

/** The territories a form offers the person: an animator's own, every territory for an administrator. */
export const territoryChoices = (req: PayloadRequest, user: User): Promise<Choice[]> => choices(req, user, 'territories', territoryRule)

/** The organisations a form offers the person: those of an animator's territories, every one for an administrator. */
export const partnerChoices = (req: PayloadRequest, user: User): Promise<Choice[]> => choices(req, user, 'partners', partnerRule)
