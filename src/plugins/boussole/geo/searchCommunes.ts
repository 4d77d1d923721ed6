import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { isCodeQuery, normalizeCodeQuery, normalizeSearchKey } from '@/geo/normalizeSearchKey'
import { badRequest } from '../http/errors'
import { openTerritoriesOfCommunes, type TerritoryRef } from './openTerritoriesOfCommunes'

export interface CommuneResult {
  code: string
  name: string
  postalCodes: string[]
  departement: { code: string; name: string } | null
  territory: TerritoryRef | null
}

export const MIN_QUERY_LENGTH = 2
export const MAX_LIMIT = 20

interface Row {
  id: number
  code: string
  name: string
  postal_codes: string[]
  departement_code: string | null
  departement_name: string | null
}

const SELECT = `
  select c.id, c.code, c.name, d.code as departement_code, d.name as departement_name,
    array(select t.text from communes_texts t where t.parent_id = c.id and t.path = 'postalCodes' order by t."order") as postal_codes
  from communes c left join departements d on d.id = c.departement_id`

/**
 * Commune search by name (case-, accent-, hyphen- and apostrophe-insensitive prefix, « st » = « saint »)
 * or by postal/INSEE code (a postal code expands to all its communes). Exact matches first, then the most
 * populated communes.
 */
export async function searchCommunes(payload: Payload, rawQuery: string, rawLimit?: number): Promise<CommuneResult[]> {
  const limit = Math.min(Math.max(Math.trunc(rawLimit ?? 10) || 10, 1), MAX_LIMIT)
  const pool = poolOf(payload)
  let rows: Row[]
  if (isCodeQuery(rawQuery)) {
    const code = normalizeCodeQuery(rawQuery)
    if (code.length < MIN_QUERY_LENGTH) throw tooShort()
    rows = (
      await pool.query<Row>(
        `${SELECT}
        where c.code like $1 || '%'
           or c.id in (select parent_id from communes_texts where path = 'postalCodes' and text like $1 || '%')
        order by (c.code = $1 or exists (select 1 from communes_texts x where x.parent_id = c.id and x.path = 'postalCodes' and x.text = $1)) desc,
                 c.population desc nulls last, c.name
        limit $2`,
        [code, limit],
      )
    ).rows
  } else {
    const key = normalizeSearchKey(rawQuery)
    if (key.replace(/ /g, '').length < MIN_QUERY_LENGTH) throw tooShort()
    rows = (
      await pool.query<Row>(
        `${SELECT}
        where c.search_key like $1 || '%' or c.search_key like '% ' || $1 || '%'
        order by (c.search_key = $1) desc, (c.search_key like $1 || '%') desc, c.population desc nulls last, c.name
        limit $2`,
        [escapeLike(key), limit],
      )
    ).rows
  }
  const territories = await openTerritoriesOfCommunes(payload, rows.map((row) => row.id))
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    postalCodes: row.postal_codes,
    departement: row.departement_code ? { code: row.departement_code, name: row.departement_name ?? '' } : null,
    territory: territories.get(row.id) ?? null,
  }))
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`)

const tooShort = () =>
  badRequest([{ field: 'q', message: `Tape au moins ${MIN_QUERY_LENGTH} caractères : le nom de ta commune ou ton code postal.` }])
