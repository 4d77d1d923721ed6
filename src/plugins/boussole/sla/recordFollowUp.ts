import type { Payload, PayloadRequest } from 'payload'

import { inTransaction } from '@/database/transactions'

import { BoussoleApiError, badRequest } from '../core/errors'
import { now as currentTime } from '../core/options'
import { SENT_MESSAGES_SLUG } from '../jobs/SentMessages'
import { leadFromSignedLink } from '../leads/leadAccessByLink'
import type { FollowUpAnswer } from '../leads/leadLinks'

export interface FollowUpInput {
  leadId: unknown
  answer: unknown
  token: unknown
}

export interface RecordedFollowUp {
  reference: string
  answer: FollowUpAnswer
}

const ALREADY_ANSWERED = 'Tu as déjà répondu à cette question. Merci !'
export const NOT_ASKED_YET = 'Nous ne t’avons pas encore posé cette question : ta réponse ne peut pas être enregistrée pour l’instant.'

/** The kinds the follow-up question is recorded under once it left: by email, or by SMS (`deliverSms` prefixes « sms- »). */
const FOLLOW_UP_KINDS = ['follow-up', 'sms-follow-up']

/**
 * The follow-up question counts as asked once its email or SMS has left (the sent-messages log), not when it is
 * queued; for a request handed to another organisation, once it left after the move (the question about the new one).
 */
export async function followUpAsked(payload: Payload, leadId: number, req?: PayloadRequest): Promise<boolean> {
  const lead = await payload.findByID({ collection: 'leads', id: leadId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { timeline: true } })
  const movedAt = lead?.timeline?.movedAt
  const { totalDocs } = await payload.count({
    collection: SENT_MESSAGES_SLUG,
    where: { and: [{ lead: { equals: leadId } }, { kind: { in: FOLLOW_UP_KINDS } }, ...(movedAt ? [{ sentAt: { greater_than_equal: movedAt } }] : [])] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** True when `error` is the refusal of an answer to a question not asked yet. */
export const isNotAskedYet = (error: unknown): boolean => error instanceof BoussoleApiError && error.errors.some((entry) => entry.message === NOT_ASKED_YET)

/**
 * Records the young person's answer to « As-tu été contacté(e) ? » from the signed link of the follow-up
 * email. Accepted only once that email was actually sent (409 before: the link cannot have been received),
 * and single use: a second answer is refused (409), whatever it is.
 */
export async function recordFollowUp(payload: Payload, input: FollowUpInput): Promise<RecordedFollowUp> {
  if (input.answer !== 'oui' && input.answer !== 'non') throw badRequest([{ field: 'answer', message: 'Réponds « oui » ou « non ».' }])
  const answer: FollowUpAnswer = input.answer
  const now = currentTime(payload)
  return inTransaction(payload, async (req) => {
    const lead = await leadFromSignedLink(payload, { leadId: input.leadId, token: input.token, purpose: 'follow-up' }, req)
    if (lead.timeline?.followUpAnsweredAt) throw new BoussoleApiError(409, [{ field: 'answer', message: ALREADY_ANSWERED }])
    if (!(await followUpAsked(payload, lead.id, req))) throw new BoussoleApiError(409, [{ field: 'answer', message: NOT_ASKED_YET }])
    // Conditional update: of two simultaneous clicks, only one finds the answer still missing.
    const { docs } = await payload.update({
      collection: 'leads',
      where: { and: [{ id: { equals: lead.id } }, { 'timeline.followUpAnsweredAt': { exists: false } }] },
      data: { timeline: { ...lead.timeline, contactedAccordingToYoungPerson: answer, followUpAnsweredAt: now.toISOString() } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!docs.length) throw new BoussoleApiError(409, [{ field: 'answer', message: ALREADY_ANSWERED }])
    return { reference: lead.reference ?? String(lead.id), answer }
  })
}
