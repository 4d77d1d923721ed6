import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { leadRefusal, sendsAcknowledgement, type RecentLeads } from '@/domain/leads/leadLimits'

import { BoussoleApiError } from '../core/errors'
import { getSettings } from '../core/options'
import type { LeadContact } from './leadInput'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The leads of the last 24 hours from this connection or with this contact, read in one query. A lead whose
 * address was unknown (null fingerprint: a call that did not come through the HTTP server) counts for no address
 * limit, but leads with the same contact and an unknown address count together for the per-contact limit.
 */
export async function recentLeads(payload: Payload, request: { fingerprint: string | null; contact: LeadContact }, now: Date): Promise<RecentLeads> {
  const { rows } = await poolOf(payload).query<{
    created_at: Date
    from_address: boolean
    same_contact_here: boolean
    same_email: boolean
    same_phone: boolean
  }>(
    `select created_at,
            coalesce(request_fingerprint = $1, false) as from_address,
            coalesce((contact_email = $3 or contact_phone = $4) and request_fingerprint is not distinct from $1, false) as same_contact_here,
            coalesce(contact_email = $3, false) as same_email,
            coalesce(contact_phone = $4, false) as same_phone
       from leads
      where created_at > $2 and (request_fingerprint = $1 or contact_email = $3 or contact_phone = $4)
      order by created_at`,
    [request.fingerprint, new Date(now.getTime() - DAY_MS), request.contact.email, request.contact.phone],
  )
  return {
    fromAddress: rows.filter((row) => row.from_address).map((row) => row.created_at),
    sameContactFromAddress: rows.filter((row) => row.same_contact_here).map((row) => row.created_at),
    sameEmail: rows.filter((row) => row.same_email).length,
    samePhone: rows.filter((row) => row.same_phone).length,
  }
}

/**
 * Refuses (429 with Retry-After) a lead beyond the limits (see `leadRefusal`); otherwise tells whether the
 * acknowledgement goes out by email and by SMS (see `sendsAcknowledgement`).
 */
export async function checkRateLimits(
  payload: Payload,
  request: { fingerprint: string | null; contact: LeadContact },
  now: Date,
): Promise<{ acknowledge: { email: boolean; sms: boolean } }> {
  const limits = getSettings(payload).rateLimits
  const recent = await recentLeads(payload, request, now)
  const refusal = leadRefusal(recent, limits, now)
  if (refusal) throw new BoussoleApiError(429, [{ message: refusal.message }], { 'Retry-After': String(refusal.seconds) })
  return { acknowledge: sendsAcknowledgement(recent, limits) }
}
