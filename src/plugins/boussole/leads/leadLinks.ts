import type { Payload } from 'payload'

import { publicUrl } from '@/config/publicUrl'
import type { FollowUpAnswer } from '@/domain/leads/followUpAnswer'

import { getSettings } from '../core/options'
import { readShortCode, shortCode, type ShortLinkPurpose } from './shortLinks'
import { leadToken } from './signatures'

export type { FollowUpAnswer }

/** Public address of the site, without trailing slash. */
export const siteUrl = (payload: Payload): string => (getSettings(payload).publicUrl ?? publicUrl()).replace(/\/+$/, '')

/** The lead in the back office: login required, the link itself grants nothing. */
export const adminLeadUrl = (payload: Payload, leadId: number): string => `${siteUrl(payload)}/admin/collections/leads/${leadId}`

/** Overdue, unclosed leads in the back office (what the animators' digest points to). */
export const adminOverdueLeadsUrl = (payload: Payload): string =>
  `${siteUrl(payload)}/admin/collections/leads?where[overdue][equals]=true&where[status][not_equals]=cloturee`

/** Public page answering « As-tu été contacté(e) ? » in one click (signed, single use). */
export const followUpUrl = (payload: Payload, leadId: number, answer: FollowUpAnswer): string =>
  `${siteUrl(payload)}/demandes/${leadId}/suivi?reponse=${answer}&token=${leadToken(payload.secret, leadId, 'follow-up')}`

/** Public page where the young person withdraws the request and has their data erased (signed). */
export const withdrawalUrl = (payload: Payload, leadId: number): string =>
  `${siteUrl(payload)}/demandes/${leadId}/retrait?token=${leadToken(payload.secret, leadId, 'withdraw')}`

/** The young person's own page for their request: where it stands, the organisation's contact, what they can do (signed). */
export const statusPath = (secret: string, leadId: number): string => `/demandes/${leadId}?token=${leadToken(secret, leadId, 'status')}`

/** `statusPath` as an absolute address (emails, SMS). */
export const statusUrl = (payload: Payload, leadId: number): string => `${siteUrl(payload)}${statusPath(payload.secret, leadId)}`

/** The short link of an SMS (`/r/<code>`), leading to the same page as `followUpUrl` / `withdrawalUrl` / `statusUrl`. */
export const shortLeadUrl = (payload: Payload, leadId: number, purpose: ShortLinkPurpose): string =>
  `${siteUrl(payload)}/r/${shortCode(payload.secret, leadId, purpose)}`

/** Where a short link leads (the signed page), or null when the code is not one of ours. */
export function shortLinkTarget(payload: Payload, code: unknown): string | null {
  const link = readShortCode(payload.secret, code)
  if (!link) return null
  if (link.purpose === 'withdraw') return withdrawalUrl(payload, link.leadId)
  if (link.purpose === 'status') return statusUrl(payload, link.leadId)
  return followUpUrl(payload, link.leadId, link.purpose === 'follow-up-oui' ? 'oui' : 'non')
}
