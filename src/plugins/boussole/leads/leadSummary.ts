import type { Payload, PayloadRequest } from 'payload'

import type { ContactPreferences } from '@/domain/leads/contactPreferences'
import type { ProfileRow } from '@/domain/leads/describeAnswers'
import { idOf } from '@/domain/shared/ids'
import type { Commune, Lead, Offer, Partner } from '@/payload-types'

/** What the emails about a lead say: plain data, resolved once. */
export interface LeadSummary {
  id: number
  reference: string
  offerId: number
  offerTitle: string
  partnerId: number
  partnerName: string
  territoryId: number
  communeName: string
  contactDelayDays: number
  dueAt: string
  /** When the request was handed to its current organisation (`lead-moves`), null when it never moved. */
  movedAt: string | null
  contact: { email: string | null; phone: string | null }
  profile: ProfileRow[]
  /** How and when the young person prefers to be reached (the contact form's optional boxes). */
  contactPreferences?: ContactPreferences
}

/** Reads a lead with the names its emails need (offer, organisation, commune), as the system. */
export async function loadLeadSummary(payload: Payload, leadId: number, req?: PayloadRequest): Promise<{ lead: Lead; summary: LeadSummary } | null> {
  const lead = await payload.findByID({
    collection: 'leads',
    id: leadId,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
    populate: { offers: { title: true }, partners: { name: true }, communes: { name: true } },
  })
  if (!lead) return null
  return {
    lead,
    summary: {
      id: lead.id,
      reference: lead.reference ?? String(lead.id),
      offerId: idOf(lead.offer),
      offerTitle: (lead.offer as Offer).title,
      partnerId: idOf(lead.partner),
      partnerName: (lead.partner as Partner).name,
      territoryId: idOf(lead.territory),
      communeName: (lead.commune as Commune).name,
      contactDelayDays: lead.contactDelayDays ?? 0,
      dueAt: lead.dueAt ?? '',
      movedAt: lead.timeline?.movedAt ?? null,
      contact: { email: lead.contact?.email ?? null, phone: lead.contact?.phone ?? null },
      profile: (lead.profile ?? []).map((row) => ({ question: row.question ?? '', answer: row.answer ?? '' })),
      contactPreferences: { channels: lead.contactPreferences?.channels ?? [], moments: lead.contactPreferences?.moments ?? [] },
    },
  }
}
