import type { Payload } from 'payload'

import { poolOf } from '@/database/pool'

import { BoussoleApiError } from '../http/errors'
import { getSettings } from '../options'
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

const waitText = (seconds: number): string => {
  const minutes = Math.ceil(seconds / 60)
  return minutes < 60 ? `${minutes} minute${minutes > 1 ? 's' : ''}` : `${Math.ceil(minutes / 60)} heure${minutes > 60 ? 's' : ''}`
}

/** Creation times of the leads matching `condition` (SQL, parameters from $2) since `since`, oldest first. */
async function recentLeadTimes(payload: Payload, condition: string, values: unknown[], since: Date): Promise<Date[]> {
  const { rows } = await poolOf(payload).query<{ created_at: Date }>(
    `select created_at from leads where created_at > $1 and (${condition}) order by created_at`,
    [since, ...values],
  )
  return rows.map((row) => row.created_at)
}

const tooMany = (seconds: number, message: string) =>
  new BoussoleApiError(429, [{ message }], { 'Retry-After': String(seconds) })

/**
 * Refuses (429 with Retry-After) a lead beyond `leadsPerIpPerHour` from one connection (by the fingerprint
 * of its IP address) or `leadsPerContactPerDay` for one e-mail address or phone number.
 */
export async function checkRateLimits(payload: Payload, request: { fingerprint: string | null; contact: LeadContact }, now: Date): Promise<void> {
  const { leadsPerIpPerHour, leadsPerContactPerDay } = getSettings(payload).rateLimits
  if (request.fingerprint) {
    const times = await recentLeadTimes(payload, 'request_fingerprint = $2', [request.fingerprint], new Date(now.getTime() - HOUR_MS))
    const wait = retryAfterSeconds(times, leadsPerIpPerHour, HOUR_MS, now)
    if (wait) throw tooMany(wait, `Trop de demandes ont été envoyées depuis cette connexion. Réessaie dans ${waitText(wait)}.`)
  }
  // The same e-mail address or the same phone number (either may be absent: null matches nothing).
  const times = await recentLeadTimes(payload, 'contact_email = $2 or contact_phone = $3', [request.contact.email, request.contact.phone], new Date(now.getTime() - DAY_MS))
  const wait = retryAfterSeconds(times, leadsPerContactPerDay, DAY_MS, now)
  if (wait) {
    throw tooMany(wait, `Tu as déjà envoyé ${leadsPerContactPerDay} demandes avec ces coordonnées en 24 heures. Réessaie dans ${waitText(wait)}, ou contacte directement l’organisme.`)
  }
}
