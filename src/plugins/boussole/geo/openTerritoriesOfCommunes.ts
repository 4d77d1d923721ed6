import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'

export interface TerritoryRef {
  id: number
  slug: string
  name: string
}

/** The open territory covering each commune (by commune id); when several cover it (for different themes), the one opened first. */
export async function openTerritoriesOfCommunes(payload: Payload, communeIds: number[]): Promise<Map<number, TerritoryRef>> {
  const result = new Map<number, TerritoryRef>()
  if (!communeIds.length) return result
  const { rows } = await poolOf(payload).query<{ commune_id: number; id: number; slug: string; name: string }>(
    `select r.communes_id as commune_id, t.id, t.slug, t.name
       from territories_rels r join territories t on t.id = r.parent_id
      where r.path = 'coveredCommunes' and r.communes_id = any($1::int[]) and t.status = 'ouvert'
      order by t.opened_at nulls last, t.id`,
    [communeIds],
  )
  for (const row of rows) if (!result.has(row.commune_id)) result.set(row.commune_id, { id: row.id, slug: row.slug, name: row.name })
  return result
}
