import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

interface DrizzleSession {
  execute: (query: ReturnType<typeof sql>) => Promise<{ rows: unknown[] }>
}

/**
 * Locks the request's row, within the transaction of `req`, if it is still open and still on `offerId`; false when it
 * is not (any more). Of two simultaneous moves, the second waits here for the first to commit, then finds the request
 * on another offer: only one wins. (Payload's conditional update reads then writes by id, which two transactions
 * could both pass.)
 */
export async function lockMovableLead(req: PayloadRequest, leadId: number, offerId: number): Promise<boolean> {
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, { db: DrizzleSession }> }).sessions
  const transactionId = await req.transactionID
  const session = transactionId === undefined ? undefined : sessions?.[String(transactionId)]
  if (!session) throw new Error('lockMovableLead must run within a transaction')
  const { rows } = await session.db.execute(
    sql`select id from leads where id = ${leadId} and offer_id = ${offerId} and status in ('nouvelle', 'en_cours') and timeline_anonymized_at is null for update`,
  )
  return rows.length === 1
}
