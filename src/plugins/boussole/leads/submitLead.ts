import type { Payload } from 'payload'

import { describeAnswers } from '@/domain/leads/describeAnswers'
import { dueDate } from '@/domain/leads/dueDate'
import { leadReference } from '@/domain/leads/leadReference'
import { addressBucket } from '@/security/clientIp'

import { badRequest } from '../core/errors'
import { now } from '../core/options'
import { parseIdempotencyKey, replayedLead } from './idempotency'
import { insertLead, reserveLeadId } from './insertLead'
import { parseLeadInput, type LeadInput } from './leadInput'
import type { LeadSummary } from './leadSummary'
import { newLeadMessages } from './newLeadMessages'
import { checkRateLimits } from './rateLimits'
import { resolveLeadOffer, type LeadTarget } from './resolveLeadOffer'
import { ipFingerprint } from './signatures'
import { submittedLead, type SubmittedLead } from './submittedLead'

export interface SubmitLeadOptions {
  /** Client address (`requestClientAddress`: rate limits per connection); null when unknown. Only the HMAC of its bucket is stored. */
  ip?: string | null
  /** Makes retries safe: the same key answers the same lead, and writes nothing new. */
  idempotencyKey?: string | null
}

export type { SubmittedLead } from './submittedLead'

/**
 * A young person asks to be contacted about an offer. Validates everything (shape, offer, commune,
 * answers and eligibility with the matching code, contact, consent, honeypot, rate limits), then writes
 * the lead, its first history entry and all its email jobs at once, all or nothing (`insertLead`).
 * Throws a `BoussoleApiError` (4xx, French messages) on refusal. Used by POST /api/boussole/leads and by the public site.
 */
export async function submitLead(payload: Payload, body: unknown, options: SubmitLeadOptions = {}): Promise<SubmittedLead> {
  const parsed = parseLeadInput(body)
  if (!parsed.ok) throw badRequest(parsed.errors)
  const { input } = parsed
  const idempotencyKey = parseIdempotencyKey(options.idempotencyKey)
  const replay = idempotencyKey ? await replayedLead(payload, idempotencyKey, input) : null
  if (replay) return replay

  const createdAt = now(payload)
  const target = await resolveLeadOffer(payload, input, createdAt)
  const fingerprint = options.ip ? ipFingerprint(payload.secret, addressBucket(options.ip)) : null
  const { acknowledge } = await checkRateLimits(payload, { fingerprint, contact: input.contact }, createdAt)
  try {
    return await createLead(payload, { input, target, createdAt, fingerprint, idempotencyKey, acknowledge })
  } catch (error) {
    // The same key submitted twice at once: the unique index lets one through, the other answers like a replay.
    const concurrent = idempotencyKey ? await replayedLead(payload, idempotencyKey, input) : null
    if (concurrent) return concurrent
    throw error
  }
}

interface NewLead {
  input: LeadInput
  target: LeadTarget
  createdAt: Date
  fingerprint: string | null
  idempotencyKey: string | null
  /** False for a channel whose address or number has had its share of acknowledgements today (see `sendsAcknowledgement`). */
  acknowledge: { email: boolean; sms: boolean }
}

/** References are random (« BSL-2026-K7M3QX »): one already taken is drawn again, a few times at most. */
const REFERENCE_DRAWS = 5

async function createLead(payload: Payload, { input, target, createdAt, fingerprint, idempotencyKey, acknowledge }: NewLead): Promise<SubmittedLead> {
  const { context, answers, offer } = target
  const contactDelayDays = offer.contactDelayDays
  const summary: Omit<LeadSummary, 'reference'> = {
    id: await reserveLeadId(payload),
    offerId: offer.id,
    offerTitle: offer.title,
    partnerId: offer.partner.id,
    partnerName: offer.partner.name,
    territoryId: context.territory.id,
    communeName: context.commune.name,
    movedAt: null,
    contactDelayDays,
    dueAt: dueDate(createdAt, contactDelayDays).toISOString(),
    contact: input.contact,
    profile: describeAnswers(context.questions, answers),
    contactPreferences: input.contactPreferences,
  }
  const row = {
    ...summary,
    themeId: context.theme.id,
    communeId: context.commune.id,
    answers,
    contactPreferences: input.contactPreferences,
    idempotencyKey,
    requestFingerprint: fingerprint,
    at: createdAt.toISOString(),
    historyNote: 'Demande envoyée par le ou la jeune depuis le site.',
  }
  // Only the reference is drawn again: the messages quote it, so they are written with it.
  for (let draw = 1; draw <= REFERENCE_DRAWS; draw++) {
    const lead: LeadSummary = { ...summary, reference: leadReference(createdAt) }
    const messages = await newLeadMessages(payload, lead)
    const emails = messages.emails.filter((email) => acknowledge.email || email.kind !== 'acknowledgement')
    const sms = acknowledge.sms ? messages.sms : []
    if (await insertLead(payload, { ...row, reference: lead.reference }, { emails, sms })) return submittedLead(lead, offer.partner)
  }
  throw new Error(`No free lead reference after ${REFERENCE_DRAWS} draws`)
}
