import type { BaseFilter } from 'payload'
import { parseCookies } from 'payload/shared'

import type { Perimeter } from '@/domain/accounts/perimeter'

import { getPerimeter } from './perimeter'

/**
 * « Work on one territory at a time »: an animator of several territories picks one in the back office's
 * menu (`TerritorySelector`); the choice is kept in this cookie and narrows the lists of offers, partners,
 * charters and leads to that territory, as the official multi-tenant plugin's tenant selector does. It only
 * narrows: the collections' access functions still decide what the person may see, and a cookie naming a
 * territory the person does not run is ignored. Without a choice, every territory they run is listed.
 */
export const SELECTED_TERRITORY_COOKIE = 'boussole-territoire'

/** The territory a list is narrowed to: one of the animator's territories when they run two or more, else none. */
export function selectedTerritory(perimeter: Perimeter, cookieValue: string | undefined): number | null {
  if (perimeter.kind !== 'territories' || perimeter.territoryIds.length < 2 || !cookieValue) return null
  const id = Number(cookieValue)
  return perimeter.territoryIds.includes(id) ? id : null
}

/** The list view's base filter on a territory field (one territory or several, `hasMany`). */
export const selectedTerritoryFilter =
  (field: string): BaseFilter =>
  async ({ req }) => {
    const id = selectedTerritory(await getPerimeter(req), parseCookies(req.headers).get(SELECTED_TERRITORY_COOKIE))
    return id === null ? null : { [field]: { in: [id] } }
  }
