import type { Payload } from 'payload'

import { BoussoleApiError, badRequest } from '../http/errors'
import { leadFromSignedLink } from '../leads/leadAccessByLink'
import type { FollowUpAnswer } from '../leads/leadLinks'
import { inTransaction } from '../leads/inTransaction'
import { now as currentTime } from '../options'

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

/**
 * Records the young person's answer to « As-tu été contacté(e) ? » from the signed link of the follow-up
 * email. Single use: a second answer is refused (409), whatever it is.
 */
export async function recordFollowUp(payload: Payload, input: FollowUpInput): Promise<RecordedFollowUp> {
  if (input.answer !== 'oui' && input.answer !== 'non') throw badRequest([{ field: 'answer', message: 'Réponds « oui » ou « non ».' }])
  const answer: FollowUpAnswer = input.answer
  const now = currentTime(payload)
  return inTransaction(payload, async (req) => {
    const lead = await leadFromSignedLink(payload, { leadId: input.leadId, token: input.token, purpose: 'follow-up' }, req)
    if (lead.timeline?.followUpAnsweredAt) throw new BoussoleApiError(409, [{ field: 'answer', message: ALREADY_ANSWERED }])
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
