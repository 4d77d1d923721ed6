import type { Payload } from 'payload'

import { idsOf } from '@/access/perimeter'
import type { Partner } from '@/payload-types'
import { BoussoleApiError, badRequest } from '../http/errors'
import type { LeadInput } from './leadInput'
import type { SubmittedLead } from './submittedLead'
import { submittedLead } from './submittedLead'

const KEY = /^[\x21-\x7e]{1,200}$/

/** The `Idempotency-Key` header: printable ASCII, at most 200 characters; absent → null. */
export function parseIdempotencyKey(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  if (!KEY.test(value)) throw badRequest([{ field: 'Idempotency-Key', message: 'L’en-tête Idempotency-Key doit contenir de 1 à 200 caractères ASCII imprimables.' }])
  return value
}

/**
 * The lead already created with this key, answered exactly as the first time; a 422 if the key was used
 * for another request (another offer or other contact details).
 */
export async function replayedLead(payload: Payload, key: string, input: LeadInput): Promise<SubmittedLead | null> {
  const { docs } = await payload.find({
    collection: 'leads',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    populate: { partners: { name: true } },
    select: { reference: true, dueAt: true, contactDelayDays: true, partner: true, offer: true, contact: true },
  })
  const lead = docs[0]
  if (!lead) return null
  const sameRequest =
    idsOf([lead.offer])[0] === input.offer && (lead.contact?.email ?? null) === input.contact.email && (lead.contact?.phone ?? null) === input.contact.phone
  if (!sameRequest) {
    throw new BoussoleApiError(422, [{ field: 'Idempotency-Key', message: 'Cette clé d’idempotence a déjà servi pour une autre demande.' }])
  }
  return submittedLead(lead, lead.partner as Partner)
}
