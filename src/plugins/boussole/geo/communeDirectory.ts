import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { revalidatingCache } from '../cache/revalidatingCache'
import { tableStamp } from '../cache/tableStamp'
import { buildCommuneIndex, type CommuneIndex, type IndexedCommune } from './communeIndex'

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
      `select c.id, c.code, c.name, c.search_key, c.population, d.code as departement_code, d.name as departement_name,
         coalesce((select array_agg(t.text order by t."order") from communes_texts t where t.parent_id = c.id and t.path = 'postalCodes'), '{}') as postal_codes
       from communes c left join departements d on d.id = c.departement_id`,
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
