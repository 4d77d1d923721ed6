import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'
import { waitText } from '@/domain/shared/frenchText'

import { BoussoleApiError } from '../core/errors'
import { getSettings, type BoussoleSettings } from '../core/options'
import type { LeadContact } from './leadInput'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/**
 * Seconds until one more request fits in a sliding window, or null when it fits now.
 * `times`: the requests already made inside the window, oldest first.
 */
export function retryAfterSeconds(times: readonly Date[], limit: number, windowMs: number, now: Date): number | null {
  if (times.length < limit) return null
  const freeing = times[times.length - limit]
  return Math.max(1, Math.ceil((freeing.getTime() + windowMs - now.getTime()) / 1000))
}

/** The leads of the last 24 hours that matter for one submission, oldest first. */
export interface RecentLeads {
  /** From this client address (its fingerprint). */
  fromAddress: readonly Date[]
  /** With this e-mail address or phone number, from this client address. */
  sameContactFromAddress: readonly Date[]
  /** With this e-mail address, from any address (how many acknowledgements it received). */
  sameEmail: number
}

export type LeadRefusal = { seconds: number; message: string }

/**
 * Whether one more lead may be submitted now (pure). The per-address windows stop a script; the per-contact
 * limit counts only what came from the same address, so a stranger typing someone else's phone number or
 * e-mail address elsewhere can never block its owner.
 */
export function leadRefusal(recent: RecentLeads, limits: BoussoleSettings['rateLimits'], now: Date): LeadRefusal | null {
  const fromAddressLastHour = recent.fromAddress.filter((time) => time.getTime() > now.getTime() - HOUR_MS)
  const addressWait = Math.max(
    retryAfterSeconds(fromAddressLastHour, limits.leadsPerIpPerHour, HOUR_MS, now) ?? 0,
    retryAfterSeconds(recent.fromAddress, limits.leadsPerIpPerDay, DAY_MS, now) ?? 0,
  )
  if (addressWait) return { seconds: addressWait, message: `Trop de demandes ont été envoyées depuis cette connexion. Réessaie dans ${waitText(addressWait)}.` }
  const contactWait = retryAfterSeconds(recent.sameContactFromAddress, limits.leadsPerContactPerDay, DAY_MS, now)
  if (contactWait) {
    return {
      seconds: contactWait,
      message: `Tu as déjà envoyé ${limits.leadsPerContactPerDay} demandes avec ces coordonnées en 24 heures. Réessaie dans ${waitText(contactWait)}, ou contacte directement l’organisme.`,
    }
  }
  return null
}

/**
 * Whether the young person's acknowledgement e-mail is sent (pure): at most `acknowledgementsPerEmailPerDay` a
 * day for one address, whoever submits. Beyond, the lead is still accepted and confirmed on the page, but
 * someone typing a victim's e-mail address from many connections cannot flood their mailbox.
 */
export const sendsAcknowledgement = (recent: RecentLeads, limits: BoussoleSettings['rateLimits']): boolean =>
  recent.sameEmail < limits.acknowledgementsPerEmailPerDay

/**
 * The leads of the last 24 hours from this connection or with this contact, read in one query. A lead whose
 * address was unknown (null fingerprint: a call that did not come through the HTTP server) counts for no address
 * limit, but leads with the same contact and an unknown address count together for the per-contact limit.
 */
export async function recentLeads(payload: Payload, request: { fingerprint: string | null; contact: LeadContact }, now: Date): Promise<RecentLeads> {
  const { rows } = await poolOf(payload).query<{ created_at: Date; from_address: boolean; same_contact_here: boolean; same_email: boolean }>(
    `select created_at,
            coalesce(request_fingerprint = $1, false) as from_address,
            coalesce((contact_email = $3 or contact_phone = $4) and request_fingerprint is not distinct from $1, false) as same_contact_here,
            coalesce(contact_email = $3, false) as same_email
       from leads
      where created_at > $2 and (request_fingerprint = $1 or contact_email = $3 or contact_phone = $4)
      order by created_at`,
    [request.fingerprint, new Date(now.getTime() - DAY_MS), request.contact.email, request.contact.phone],
  )
  return {
    fromAddress: rows.filter((row) => row.from_address).map((row) => row.created_at),
    sameContactFromAddress: rows.filter((row) => row.same_contact_here).map((row) => row.created_at),
    sameEmail: rows.filter((row) => row.same_email).length,
  }
}

/**
 * Refuses (429 with Retry-After) a lead beyond the limits (see `leadRefusal`); otherwise tells whether the
 * acknowledgement e-mail goes out (see `sendsAcknowledgement`).
 */
export async function checkRateLimits(
  payload: Payload,
  request: { fingerprint: string | null; contact: LeadContact },
  now: Date,
): Promise<{ acknowledge: boolean }> {
  const limits = getSettings(payload).rateLimits
  const recent = await recentLeads(payload, request, now)
  const refusal = leadRefusal(recent, limits, now)
  if (refusal) throw new BoussoleApiError(429, [{ message: refusal.message }], { 'Retry-After': String(refusal.seconds) })
  return { acknowledge: sendsAcknowledgement(recent, limits) }
}
