import { cookies } from 'next/headers'
import type { Payload, PayloadRequest } from 'payload'

import { SELECTED_TERRITORY_COOKIE } from '@/access/selectedTerritory'
import { activeUser } from '@/domain/accounts/roles'
import { idsOf } from '@/domain/shared/ids'

import { TerritorySelectorField } from './TerritorySelectorField'

/**
 * In the back office's menu, for an animator of two territories or more: the territory the lists show
 * (offers, partners, charters, leads), or all of them. Nothing for anyone else.
 */
export async function TerritorySelector({ payload, user }: { payload: Payload; user?: PayloadRequest['user'] }) {
  const animator = activeUser(user)
  if (animator?.role !== 'animator') return null
  const territoryIds = idsOf(animator.territories)
  if (territoryIds.length < 2) return null
  const { docs } = await payload.find({
    collection: 'territories',
    where: { id: { in: territoryIds } },
    depth: 0,
    pagination: false,
    sort: 'name',
    overrideAccess: true,
    select: { name: true },
  })
  const selected = (await cookies()).get(SELECTED_TERRITORY_COOKIE)?.value ?? ''
  return (
    <TerritorySelectorField
      cookieName={SELECTED_TERRITORY_COOKIE}
      selected={docs.some((doc) => String(doc.id) === selected) ? selected : ''}
      territories={docs.map((doc) => ({ id: String(doc.id), name: doc.name }))}
    />
  )
}
