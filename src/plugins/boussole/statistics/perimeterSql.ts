import { createLocalReq } from 'payload'

import type { Perimeter } from '@/domain/accounts/perimeter'

import { getSettings } from '../core/options'
import type { Viewer } from './loadRows'

/**
 * The caller's perimeter as a SQL condition, for the few statistics aggregated in PostgreSQL (they do not go
 * through the Local API's access rules, so they apply the same perimeter here): an organisation sees its own
 * rows, an animator the rows of their territories, a national administrator everything.
 */
export interface PerimeterColumns {
  /** column holding the territory */
  territory: string
  /** column holding the organisation the row is about */
  partner: string
}

/** The caller's perimeter, from the application's access option (as the CSV endpoint reads it). */
export async function viewerPerimeter(viewer: Viewer): Promise<Perimeter> {
  const req = viewer.req ?? (await createLocalReq({ user: { ...viewer.user, collection: 'users' } }, viewer.payload))
  return getSettings(viewer.payload).access.perimeter(req)
}

/** A condition on `columns` (the column names are the caller's constants, values go to `params`). */
export function perimeterCondition(perimeter: Perimeter, columns: PerimeterColumns, params: unknown[]): string {
  switch (perimeter.kind) {
    case 'all':
      return 'true'
    case 'territories':
      params.push(perimeter.territoryIds)
      return `${columns.territory} = any($${params.length}::int[])`
    case 'partner':
      params.push(perimeter.partnerId)
      return `${columns.partner} = $${params.length}`
    default:
      return 'false'
  }
}

/** Only these territories (within the perimeter), when asked. */
export function territoriesCondition(territoryIds: number[] | undefined, column: string, params: unknown[]): string {
  if (!territoryIds) return 'true'
  params.push(territoryIds)
  return `${column} = any($${params.length}::int[])`
}
