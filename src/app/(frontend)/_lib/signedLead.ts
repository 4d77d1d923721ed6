import { notFound } from 'next/navigation'
import { cache } from 'react'

import type { FollowUpAnswer } from '@/domain/leads/followUpAnswer'
import {
  type LeadSummary,
  type LinkPurpose,
  loadLeadSummary,
  loadRequestStatus,
  parseLeadId,
  type RequestStatus,
  verifyLeadToken,
} from '@/plugins/boussole/server'

import { payloadClient } from './payload'

export type SignedLead =
  { status: 'ok'; summary: LeadSummary; token: string; followUp: { answer: FollowUpAnswer | null; answeredAt: string | null } } | { status: 'erased' }

/**
 * The lead behind a signed link (confirmation page, emails' links). A wrong or missing token is a « page
 * introuvable »: the link reveals nothing about whether the request exists.
 */
export const loadSignedLead = cache(async (rawId: string, token: string | undefined, purpose: LinkPurpose): Promise<SignedLead> => {
  const id = parseLeadId(rawId)
  const payload = await payloadClient()
  if (id === null || !verifyLeadToken(payload.secret, id, purpose, token)) notFound()
  const loaded = await loadLeadSummary(payload, id)
  if (!loaded || loaded.lead.timeline?.anonymizedAt) return { status: 'erased' }
  const timeline = loaded.lead.timeline
  return {
    status: 'ok',
    summary: loaded.summary,
    token: token!,
    followUp: { answer: timeline?.contactedAccordingToYoungPerson ?? null, answeredAt: timeline?.followUpAnsweredAt ?? null },
  }
})

/** The request behind the signed link of its own page (`status` purpose); a wrong or missing token is a « page introuvable ». */
export const loadSignedRequestStatus = cache(async (rawId: string, token: string | undefined): Promise<RequestStatus & { token: string }> => {
  const id = parseLeadId(rawId)
  const payload = await payloadClient()
  if (id === null || !verifyLeadToken(payload.secret, id, 'status', token)) notFound()
  const status = await loadRequestStatus(payload, id)
  if (!status) notFound()
  return { ...status, token: token! }
})

/** « p•••@exemple.fr »: enough to recognise one's own address, not to read it off a screen (phones: maskFrenchPhone). */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@')
  return `${local.slice(0, 1)}•••@${domain}`
}
