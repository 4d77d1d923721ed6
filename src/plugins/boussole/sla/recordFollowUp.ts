import type { Payload, PayloadRequest, Where } from 'payload'

import { inTransaction } from '@/database/transactions'
import { FOLLOW_UP_CORRECTION_DAYS, followUpDecision } from '@/domain/leads/followUpAnswer'

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
  /** True when this answer replaced a different one given earlier (within the correction window). */
  corrected: boolean
}

const ALREADY_ANSWERED = 'Tu as déjà répondu à cette question. Merci !'
const TOO_LATE_TO_CORRECT = `Tu as répondu à cette question il y a plus de ${FOLLOW_UP_CORRECTION_DAYS} jours : ta réponse ne peut plus être corrigée.`
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

/** True when `error` is the refusal of the answer already recorded, given again. */
export const isAlreadyAnswered = (error: unknown): boolean =>
  error instanceof BoussoleApiError && error.status === 409 && error.errors.some((entry) => entry.message === ALREADY_ANSWERED)

/**
 * Records the young person's answer to « As-tu été contacté(e) ? » from the signed link of the follow-up
 * email. Accepted only once that email was actually sent (409 before: the link cannot have been received). A
 * different answer within 7 days of the first replaces it (`followUpDecision`: a mistaken tap can be corrected);
 * the same answer again, or a change after that, is refused (409) and records nothing.
 */
export async function recordFollowUp(payload: Payload, input: FollowUpInput): Promise<RecordedFollowUp> {
  if (input.answer !== 'oui' && input.answer !== 'non') throw badRequest([{ field: 'answer', message: 'Réponds « oui » ou « non ».' }])
  const answer: FollowUpAnswer = input.answer
  const now = currentTime(payload)
  return inTransaction(payload, async (req) => {
    const lead = await leadFromSignedLink(payload, { leadId: input.leadId, token: input.token, purpose: 'follow-up' }, req)
    const previous = { answer: lead.timeline?.contactedAccordingToYoungPerson, answeredAt: lead.timeline?.followUpAnsweredAt ?? null }
    const decision = followUpDecision(previous, answer, now)
    if (decision === 'same') throw new BoussoleApiError(409, [{ field: 'answer', message: ALREADY_ANSWERED }])
    if (decision === 'too-late') throw new BoussoleApiError(409, [{ field: 'answer', message: TOO_LATE_TO_CORRECT }])
    if (!(await followUpAsked(payload, lead.id, req))) throw new BoussoleApiError(409, [{ field: 'answer', message: NOT_ASKED_YET }])
    // Conditional update: of two simultaneous clicks, only one finds the answer as it was read. A correction keeps
    // the first answer's date (the window does not move); a first answer finds none.
    const unchanged: Where[] =
      decision === 'record'
        ? [{ 'timeline.followUpAnsweredAt': { exists: false } }]
        : [{ 'timeline.followUpAnsweredAt': { equals: previous.answeredAt } }, { 'timeline.contactedAccordingToYoungPerson': { equals: previous.answer } }]
    const { docs } = await payload.update({
      collection: 'leads',
      where: { and: [{ id: { equals: lead.id } }, ...unchanged] },
      data: {
        timeline: {
          ...lead.timeline,
          contactedAccordingToYoungPerson: answer,
          followUpAnsweredAt: decision === 'record' ? now.toISOString() : previous.answeredAt,
        },
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (!docs.length) throw new BoussoleApiError(409, [{ field: 'answer', message: ALREADY_ANSWERED }])
    return { reference: lead.reference ?? String(lead.id), answer, corrected: decision === 'correct' }
  })
}
