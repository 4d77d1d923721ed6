import type { Payload, PayloadRequest } from 'payload'

import { badRequest } from '../http/errors'
import { now } from '../options'
import { dueDate } from '../sla/dueDate'
import { describeAnswers } from './describeAnswers'
import { parseIdempotencyKey, replayedLead } from './idempotency'
import { inTransaction } from './inTransaction'
import { parseLeadInput, type LeadInput } from './leadInput'
import { leadReference } from './leadReference'
import { notifyNewLead } from './notifyNewLead'
import { checkRateLimits } from './rateLimits'
import { resolveLeadOffer, type LeadTarget } from './resolveLeadOffer'
import { ipFingerprint } from './signatures'
import { submittedLead, type SubmittedLead } from './submittedLead'

export interface SubmitLeadOptions {
  /** Client IP address (rate limit per connection); null when unknown. Only its HMAC is stored. */
  ip?: string | null
  /** Makes retries safe: the same key answers the same lead, and writes nothing new. */
  idempotencyKey?: string | null
}

export type { SubmittedLead } from './submittedLead'

/**
 * A young person asks to be contacted about an offer. Validates everything (shape, offer, commune,
 * answers and eligibility with the matching code, contact, consent, honeypot, rate limits), then writes
 * the lead, its first history entry and all its email jobs in one transaction. Throws a `BoussoleApiError`
 * (4xx, French messages) on refusal. Used by POST /api/boussole/leads and by the public site.
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
  const fingerprint = options.ip ? ipFingerprint(payload.secret, options.ip) : null
  await checkRateLimits(payload, { fingerprint, contact: input.contact }, createdAt)
  try {
    return await inTransaction(payload, (req) => createLead(req, { input, target, createdAt, fingerprint, idempotencyKey }))
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
}

async function createLead(req: PayloadRequest, { input, target, createdAt, fingerprint, idempotencyKey }: NewLead): Promise<SubmittedLead> {
  const { context, answers, offer } = target
  const contactDelayDays = offer.contactDelayDays
  const at = createdAt.toISOString()
  const profile = describeAnswers(context.questions, answers)
  const lead = await req.payload.create({
    collection: 'leads',
    data: {
      reference: leadReference(createdAt),
      offer: offer.id,
      partner: offer.partner.id,
      territory: context.territory.id,
      theme: context.theme.id,
      commune: context.commune.id,
      status: 'nouvelle',
      contact: input.contact,
      answers,
      profile,
      idempotencyKey,
      requestFingerprint: fingerprint,
      consentAt: at,
      contactDelayDays,
      dueAt: dueDate(createdAt, contactDelayDays).toISOString(),
      overdue: false,
      history: [{ at, to: 'nouvelle', note: 'Demande envoyée par le ou la jeune depuis le site.' }],
      createdAt: at,
    },
    depth: 0,
    // Read back only what the answer needs.
    select: { reference: true, dueAt: true, contactDelayDays: true },
    overrideAccess: true,
    req,
  })
  await notifyNewLead(req, {
    id: lead.id,
    offerId: offer.id,
    reference: lead.reference!,
    offerTitle: offer.title,
    partnerId: offer.partner.id,
    partnerName: offer.partner.name,
    territoryId: context.territory.id,
    communeName: context.commune.name,
    contactDelayDays,
    dueAt: lead.dueAt!,
    contact: input.contact,
    profile,
  })
  return submittedLead(lead, offer.partner)
}
