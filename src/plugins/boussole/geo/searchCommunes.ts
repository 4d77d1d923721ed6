import type { Payload } from 'payload'

import { searchCommuneIndex, suggestCommuneIndex } from '@/domain/geo/communeIndex'

import { catalogue } from '../catalogue/catalogue'
import type { TerritoryRef } from '../catalogue/types'
import { badRequest } from '../core/errors'
import { communeDirectory } from './communeDirectory'

export interface CommuneResult {
  code: string
  name: string
  postalCodes: string[]
  departement: { code: string; name: string } | null
  territory: TerritoryRef | null
  /** Present (true) when no name matched what was typed and this commune is a suggestion: « Tu voulais dire … ? ». */
  suggested?: true
}

export const MIN_QUERY_LENGTH = 2
export const MAX_LIMIT = 20

/**
 * Commune search by name (case-, accent-, hyphen- and apostrophe-insensitive prefix, « st » = « saint »)
 * or by postal/INSEE code (a postal code expands to all its communes), with the open territory covering
 * each commune. Exact matches first, then the most populated communes. When no name matches, the communes a
 * few typing mistakes away, marked `suggested` (`suggestCommuneIndex`). Answered from memory.
 */
export async function searchCommunes(payload: Payload, rawQuery: string, rawLimit?: number): Promise<CommuneResult[]> {
  const limit = Math.min(Math.max(Math.trunc(rawLimit ?? 10) || 10, 1), MAX_LIMIT)
  const [index, { territoryOfCommune }] = await Promise.all([communeDirectory.get(payload), catalogue.get(payload)])
  const found = searchCommuneIndex(index, rawQuery, limit, MIN_QUERY_LENGTH)
  if (!found) throw badRequest([{ field: 'q', message: `Tape au moins ${MIN_QUERY_LENGTH} caractères : le nom de ta commune ou ton code postal.` }])
  const suggested = found.length === 0
  return (suggested ? suggestCommuneIndex(index, rawQuery, limit) : found).map((commune) => ({
    code: commune.code,
    name: commune.name,
    postalCodes: commune.postalCodes,
    departement: commune.departement,
    territory: territoryOfCommune(commune.id),
    ...(suggested ? { suggested: true as const } : {}),
  }))
}
