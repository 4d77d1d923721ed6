import type { Payload, PayloadRequest } from 'payload'

import type { Lead } from '@/payload-types'

import { BoussoleApiError } from '../core/errors'
import { verifyLeadToken, type LinkPurpose } from './signatures'

const INVALID_LINK = 'Ce lien n’est pas valide. Utilise le lien reçu par courriel, sans le modifier.'

/** Positive integer id from a route parameter, else null. */
export const parseLeadId = (value: unknown): number | null =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null

/**
 * The lead a signed link from an email is about: 403 when the token is not the one for this lead and
 * purpose, 410 when the lead no longer exists or its personal data is already erased.
 */
export async function leadFromSignedLink(
  payload: Payload,
  { leadId, token, purpose }: { leadId: unknown; token: unknown; purpose: LinkPurpose },
  req?: PayloadRequest,
): Promise<Lead> {
  const id = parseLeadId(leadId)
  if (id === null || !verifyLeadToken(payload.secret, id, purpose, token)) throw new BoussoleApiError(403, [{ field: 'token', message: INVALID_LINK }])
  const lead = await payload.findByID({ collection: 'leads', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!lead || lead.timeline?.anonymizedAt) {
    throw new BoussoleApiError(410, [{ message: 'Cette demande a été retirée : ses données personnelles ont été effacées.' }])
  }
  return lead
}
