import type { Payload } from 'payload'

import { idOf } from '@/domain/shared/ids'
import type { Lead } from '@/payload-types'

import { BoussoleApiError, notFound } from '../core/errors'
import { now } from '../core/options'
import { leadFromSignedLink } from './leadAccessByLink'
import { requestAlternatives, loadRequestStatus } from './requestStatus'
import { submitLead, type SubmittedLead, type SubmitLeadOptions } from './submitLead'

const NO_LONGER_WAITING = 'Ta demande a été prise en charge ou est terminée : tu ne peux plus demander une autre offre depuis cette page.'

/**
 * « Demander cette offre », from the request's own page once its committed date passed without contact: a new
 * request for one of the other offers that matched, with the same contact details and answers, through `submitLead`
 * (every check of a new request, the messages). The key « autre-offre:<lead>:<offer> » makes a second tap answer the
 * same new request. 403 on a bad token, 410 when withdrawn, 409 when the request is no longer waiting, 404 when
 * the offer is not one of the alternatives (any more).
 */
export async function requestOtherOffer(
  payload: Payload,
  input: { leadId: unknown; token: unknown; offerId: unknown },
  options: Pick<SubmitLeadOptions, 'ip'> = {},
): Promise<SubmittedLead> {
  const { id } = await leadFromSignedLink(payload, { leadId: input.leadId, token: input.token, purpose: 'status' })
  const status = await loadRequestStatus(payload, id)
  if (!status || status.erased) throw new BoussoleApiError(410, [{ message: 'Cette demande a été retirée : ses données personnelles ont été effacées.' }])
  if (!status.progress.offersAlternatives) throw new BoussoleApiError(409, [{ message: NO_LONGER_WAITING }])
  const offerId = Number(input.offerId)
  const { offers } = await requestAlternatives(payload, status.lead)
  if (!offers.some((offer) => offer.id === offerId)) throw notFound('Cette offre n’est plus proposée pour ta demande.', 'offer')
  const { lead } = status
  const commune = await payload.findByID({ collection: 'communes', id: idOf(lead.commune), depth: 0, overrideAccess: true, select: { code: true } })
  const created = await submitLead(
    payload,
    {
      offer: offerId,
      commune: commune.code,
      answers: lead.answers,
      contact: { email: lead.contact?.email ?? null, phone: lead.contact?.phone ?? null },
      // Given with the first request, for the same contact details and answers; the page names the new organisation.
      consent: true,
    },
    { ip: options.ip, idempotencyKey: `autre-offre:${lead.id}:${offerId}` },
  )
  await recordOtherOfferAsked(payload, lead, created.reference)
  return created
}

/** The note the first request's history keeps (the professional sees the young person went elsewhere too). */
export const otherOfferAskedNote = (reference: string): string => `Le ou la jeune a demandé une autre offre : ${reference}`

/** Adds the note to the first request's history, once (a second tap answers the same new request). */
async function recordOtherOfferAsked(payload: Payload, lead: Lead, reference: string): Promise<void> {
  const note = otherOfferAskedNote(reference)
  const history = lead.history ?? []
  if (history.some((entry) => entry.note === note)) return
  await payload.update({
    collection: 'leads',
    id: lead.id,
    data: { history: [...history, { at: now(payload).toISOString(), by: null, from: lead.status, to: lead.status, note }] },
    depth: 0,
    overrideAccess: true,
  })
}
