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

/**
 * Creation times of the recent leads from this connection (last hour) and with this e-mail address or
 * phone number (last day), oldest first, read in one query. A null fingerprint or contact matches nothing.
 */
async function recentLeadTimes(payload: Payload, request: { fingerprint: string | null; contact: LeadContact }, now: Date): Promise<{ byIp: Date[]; byContact: Date[] }> {
  const { rows } = await poolOf(payload).query<{ created_at: Date; by_ip: boolean; by_contact: boolean }>(
    `select created_at, coalesce(by_ip, false) as by_ip, coalesce(by_contact, false) as by_contact from (
       select created_at, (created_at > $2 and request_fingerprint = $1) as by_ip, (contact_email = $4 or contact_phone = $5) as by_contact
         from leads where created_at > $3 and (request_fingerprint = $1 or contact_email = $4 or contact_phone = $5)
     ) recent where by_ip or by_contact order by created_at`,
    [request.fingerprint, new Date(now.getTime() - HOUR_MS), new Date(now.getTime() - DAY_MS), request.contact.email, request.contact.phone],
  )
  return { byIp: rows.filter((row) => row.by_ip).map((row) => row.created_at), byContact: rows.filter((row) => row.by_contact).map((row) => row.created_at) }
}

const tooMany = (seconds: number, message: string) =>
  new BoussoleApiError(429, [{ message }], { 'Retry-After': String(seconds) })

/**
 * Refuses (429 with Retry-After) a lead beyond `leadsPerIpPerHour` from one connection (by the fingerprint
 * of its IP address) or `leadsPerContactPerDay` for one e-mail address or phone number.
 */
export async function checkRateLimits(payload: Payload, request: { fingerprint: string | null; contact: LeadContact }, now: Date): Promise<void> {
  const { leadsPerIpPerHour, leadsPerContactPerDay } = getSettings(payload).rateLimits
  const recent = await recentLeadTimes(payload, request, now)
  const ipWait = retryAfterSeconds(recent.byIp, leadsPerIpPerHour, HOUR_MS, now)
  if (ipWait) throw tooMany(ipWait, `Trop de demandes ont été envoyées depuis cette connexion. Réessaie dans ${waitText(ipWait)}.`)
  // The same e-mail address or the same phone number (either may be absent).
  const wait = retryAfterSeconds(recent.byContact, leadsPerContactPerDay, DAY_MS, now)
  if (wait) {
    throw tooMany(wait, `Tu as déjà envoyé ${leadsPerContactPerDay} demandes avec ces coordonnées en 24 heures. Réessaie dans ${waitText(wait)}, ou contacte directement l’organisme.`)
  }
}
