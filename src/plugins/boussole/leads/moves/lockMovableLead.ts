import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { executeInTransaction } from '@/database/executeInTransaction'

/**
 * Locks the request's row, within the transaction of `req`, if it is still open and still on `offerId`; false when it
 * is not (any more). Of two simultaneous moves, the second waits here for the first to commit, then finds the request
 * on another offer: only one wins. (Payload's conditional update reads then writes by id, which two transactions
 * could both pass.)
 */
export async function lockMovableLead(req: PayloadRequest, leadId: number, offerId: number): Promise<boolean> {
  const rows = await executeInTransaction(
    req,
    sql`select id from leads where id = ${leadId} and offer_id = ${offerId} and status in ('nouvelle', 'en_cours') and timeline_anonymized_at is null for update`,
  )
  return rows.length === 1
}
