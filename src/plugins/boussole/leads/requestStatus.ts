import type { Payload, PayloadRequest } from 'payload'

import type { LeadOutcome, LeadStatus } from '@/domain/leads/leadStatus'
import { requestProgress, type RequestProgress } from '@/domain/leads/requestProgress'
import { idOf } from '@/domain/shared/ids'
import type { Lead } from '@/payload-types'

import { BoussoleApiError } from '../core/errors'
import { now } from '../core/options'
import { infoJeunesOfDepartement, toStructure, type InfoJeunesStructure } from '../geo/themesForCommune'
import { matchOffers, type MatchedOffer } from '../matching/matchOffers'
import { loadLeadSummary, type LeadSummary } from './leadSummary'

/** The organisation as the public sees it (its public contacts only when it chose to publish them). */
export type PartnerPublicContact = InfoJeunesStructure

/** What the young person's own page shows about their request. */
export type RequestStatus =
  | { erased: true; progress: RequestProgress }
  | {
      erased: false
      progress: RequestProgress
      summary: LeadSummary
      status: LeadStatus
      outcome: LeadOutcome | null
      partner: PartnerPublicContact
      lead: Lead
    }

/** Where a request stands now (`requestProgress` on the lead and the plugin's clock). */
function progressOf(payload: Payload, lead: Lead, partnerName: string): RequestProgress {
  return requestProgress({
    status: lead.status,
    outcome: lead.outcome ?? null,
    dueAt: lead.dueAt ?? lead.createdAt,
    partnerName,
    erased: Boolean(lead.timeline?.anonymizedAt),
    now: now(payload),
  })
}

/** The request behind a verified link, with its organisation's public contact; null when there is no such lead. */
export async function loadRequestStatus(payload: Payload, leadId: number, req?: PayloadRequest): Promise<RequestStatus | null> {
  const loaded = await loadLeadSummary(payload, leadId, req)
  if (!loaded) return null
  const { lead, summary } = loaded
  const progress = progressOf(payload, lead, summary.partnerName)
  if (progress.stage === 'withdrawn') return { erased: true, progress }
  const partner = await payload.findByID({
    collection: 'partners',
    id: summary.partnerId,
    depth: 1,
    // As the public sees it: phone and email only where the organisation chose to publish them.
    overrideAccess: false,
    req,
    select: { name: true, address: true, commune: true, contactsPublic: true, publicPhone: true, publicEmail: true, website: true },
    populate: { communes: { name: true } },
  })
  return { erased: false, progress, summary, status: lead.status, outcome: lead.outcome ?? null, partner: toStructure(partner), lead }
}

export interface RequestAlternatives {
  /** The other offers that match the stored answers for the same commune and theme (the request's own offer left out). */
  offers: MatchedOffer[]
  /** The Info Jeunes structures of the commune's département. */
  infoJeunes: InfoJeunesStructure[]
}

/**
 * Once the committed date has passed without contact: the other offers matching the young person's stored answers
 * (matched again today, not logged as a new search) and their Info Jeunes point. An answer the questionnaire no longer
 * accepts, or a theme closed since, leaves only the Info Jeunes point.
 */
export async function requestAlternatives(payload: Payload, lead: Lead, req?: PayloadRequest): Promise<RequestAlternatives> {
  const commune = await payload.findByID({
    collection: 'communes',
    id: idOf(lead.commune),
    depth: 0,
    overrideAccess: true,
    req,
    select: { code: true, departement: true },
  })
  const [offers, infoJeunes] = await Promise.all([
    matchOffers(payload, { commune: commune.code, theme: idOf(lead.theme), answers: lead.answers }, { recordSearch: false }).then(
      (result) => result.offers.filter((offer) => offer.id !== idOf(lead.offer)),
      (error: unknown) => {
        if (error instanceof BoussoleApiError) return []
        throw error
      },
    ),
    infoJeunesOfDepartement(payload, idOf(commune.departement) ?? undefined),
  ])
  return { offers, infoJeunes }
}
