import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'

import { BoussoleApiError, badRequest } from '../core/errors'
import type { LeadInput } from './leadInput'
import { submittedLead } from './submittedLead'
import type { SubmittedLead } from './submittedLead'

const KEY = /^[\x21-\x7e]{1,200}$/

/** The `Idempotency-Key` header: printable ASCII, at most 200 characters; absent → null. */
export function parseIdempotencyKey(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  if (!KEY.test(value))
    throw badRequest([{ field: 'Idempotency-Key', message: 'L’en-tête Idempotency-Key doit contenir de 1 à 200 caractères ASCII imprimables.' }])
  return value
}

/**
 * The lead already created with this key, answered exactly as the first time; a 422 if the key was used
 * for another request (another offer or other contact details).
 */
export async function replayedLead(payload: Payload, key: string, input: LeadInput): Promise<SubmittedLead | null> {
  // Plain SQL: it runs before every lead that carries a key, and reads a handful of columns.
  const { rows } = await poolOf(payload).query<{
    id: number
    reference: string | null
    due_at: Date | null
    contact_delay_days: string | null
    offer_id: number
    contact_email: string | null
    contact_phone: string | null
    partner_name: string
  }>(
    `select l.id, l.reference, l.due_at, l.contact_delay_days, l.offer_id, l.contact_email, l.contact_phone, p.name as partner_name
       from leads l join partners p on p.id = l.partner_id
      where l.idempotency_key = $1`,
    [key],
  )
  const lead = rows[0]
  if (!lead) return null
  const sameRequest = lead.offer_id === input.offer && lead.contact_email === input.contact.email && lead.contact_phone === input.contact.phone
  if (!sameRequest) {
    throw new BoussoleApiError(422, [{ field: 'Idempotency-Key', message: 'Cette clé d’idempotence a déjà servi pour une autre demande.' }])
  }
  return submittedLead(
    {
      id: lead.id,
      reference: lead.reference,
      dueAt: lead.due_at ? lead.due_at.toISOString() : null,
      contactDelayDays: lead.contact_delay_days === null ? null : Number(lead.contact_delay_days),
    },
    { name: lead.partner_name },
  )
}
