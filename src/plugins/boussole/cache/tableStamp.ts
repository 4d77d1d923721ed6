import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'

/**
 * A string that changes whenever a row of these tables is inserted, updated or deleted: for each table its
 * row count and latest `updated_at` (Payload sets it at every write). One query, index-friendly.
 */
export async function tableStamp(payload: Payload, tables: readonly string[]): Promise<string> {
  const columns = tables.map((table) => `(select count(*) || '@' || coalesce(max(updated_at)::text, '') from "${table}")`).join(` || '|' || `)
  const { rows } = await poolOf(payload).query<{ stamp: string }>(`select ${columns} as stamp`)
  return rows[0].stamp
}
