import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { buildCommuneIndex, type CommuneIndex, type IndexedCommune } from '@/domain/geo/communeIndex'

import { revalidatingCache } from '../cache/revalidatingCache'
import { tableStamp } from '../cache/tableStamp'

interface Row {
  id: number
  code: string
  name: string
  search_key: string | null
  population: string | number | null
  postal_codes: string[]
  departement_code: string | null
  departement_name: string | null
}

const GEOGRAPHY_TABLES = ['communes', 'departements'] as const

/**
 * Every commune (about 35,000) indexed in memory for the commune search and the lookups by INSEE code.
 * The geography changes only when it is imported again, which bumps the communes' `updated_at`.
 */
export const communeDirectory = revalidatingCache<CommuneIndex>({
  stamp: (payload) => tableStamp(payload, GEOGRAPHY_TABLES),
  load: async (payload: Payload) => {
    const { rows } = await poolOf(payload).query<Row>(
      // One aggregate joined once (not a sub-query per commune): a good plan even before statistics exist.
      `with postal as (
         select parent_id, array_agg(text order by "order") as codes from communes_texts where path = 'postalCodes' group by parent_id
       )
       select c.id, c.code, c.name, c.search_key, c.population, d.code as departement_code, d.name as departement_name,
              coalesce(p.codes, '{}') as postal_codes
         from communes c
         left join departements d on d.id = c.departement_id
         left join postal p on p.parent_id = c.id`,
    )
    return buildCommuneIndex(rows.map(toIndexed))
  },
})

const toIndexed = (row: Row): IndexedCommune => ({
  id: row.id,
  code: row.code,
  name: row.name,
  searchKey: row.search_key ?? '',
  postalCodes: row.postal_codes,
  population: row.population === null ? null : Number(row.population),
  departement: row.departement_code ? { code: row.departement_code, name: row.departement_name ?? '' } : null,
})
