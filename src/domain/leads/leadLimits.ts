import { waitText } from '../shared/frenchText'

/** The limits a lead submission is held to (the plugin's `rateLimits` option). */
export interface LeadLimits {
  leadsPerIpPerHour: number
  leadsPerIpPerDay: number
  leadsPerContactPerDay: number
  acknowledgementsPerEmailPerDay: number
  acknowledgementsPerPhonePerDay: number
}

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
  /** With this phone number, from any address (how many SMS acknowledgements it may have received). */
  samePhone: number
}

export type LeadRefusal = { seconds: number; message: string }

/**
 * Whether one more lead may be submitted now (pure). The per-address windows stop a script; the per-contact
 * limit counts only what came from the same address, so a stranger typing someone else's phone number or
 * e-mail address elsewhere can never block its owner.
 */
export function leadRefusal(recent: RecentLeads, limits: LeadLimits, now: Date): LeadRefusal | null {
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
 * Whether the young person's acknowledgement is sent, by email and by SMS (pure): at most
 * `acknowledgementsPerEmailPerDay` emails a day to one address and `acknowledgementsPerPhonePerDay` SMS to one number,
 * whoever submits. Beyond, the lead is still accepted and confirmed on the page, but someone typing a victim's address or
 * number from many connections cannot flood their mailbox or their phone.
 */
export const sendsAcknowledgement = (recent: RecentLeads, limits: LeadLimits): { email: boolean; sms: boolean } => ({
  email: recent.sameEmail < limits.acknowledgementsPerEmailPerDay,
  sms: recent.samePhone < limits.acknowledgementsPerPhonePerDay,
})
