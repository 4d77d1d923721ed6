import type { Payload } from 'payload'

import { evaluateRules } from '@/domain/matching/evaluateRules'
import { explainMatch } from '@/domain/matching/explainMatch'
import { isPausedOnDay, pausedOfferMessage } from '@/domain/offers/pause'
import { validityDay } from '@/domain/offers/validity'
import type { Answers } from '@/domain/questionnaire/types'

import { catalogue } from '../catalogue/catalogue'
import type { CatalogueOffer } from '../catalogue/types'
import { BoussoleApiError, badRequest, notFound } from '../core/errors'
import { candidateOffers, checkAnswers, resolveMatchContext, type MatchContext } from '../matching/matchOffers'
import type { LeadInput } from './leadInput'

export interface LeadTarget {
  context: MatchContext
  answers: Answers
  offer: CatalogueOffer
}

const NOT_HERE = 'Cette offre n’est pas proposée dans ta commune en ce moment. Refais ta recherche pour voir les offres près de chez toi.'

/** An offer paused « complet jusqu’au … » takes no request: 409, saying until when (so no request is sent into a void). */
async function refusePausedOffer(payload: Payload, context: MatchContext, offerId: number, today: Date): Promise<void> {
  const offer = (await (await catalogue.get(payload)).offersOf(context.territory.id, context.theme.id)).find((entry) => entry.id === offerId)
  if (offer?.pausedUntil && isPausedOnDay(offer.pausedUntil, validityDay(today))) {
    throw new BoussoleApiError(409, [{ field: 'offer', message: pausedOfferMessage(offer.pausedUntil) }])
  }
}

/**
 * The offer a lead is about, checked with the very code of the matching (so a young person can ask to be
 * contacted for exactly the offers the search showed): published and valid today, in the open territory
 * and theme covering the commune, and the answers valid for the questionnaire and eligible for its rules.
 */
export async function resolveLeadOffer(payload: Payload, input: LeadInput, today: Date): Promise<LeadTarget> {
  const themeId = (await catalogue.get(payload)).themeOfPublishedOffer(input.offer)
  if (themeId === undefined) throw notFound('Cette offre n’existe pas ou n’est plus proposée.', 'offer')

  const context = await resolveMatchContext(payload, input.commune, themeId).catch((error: unknown) => {
    if (error instanceof BoussoleApiError && error.errors.some((entry) => entry.field === 'theme')) throw badRequest([{ field: 'offer', message: NOT_HERE }])
    throw error
  })
  await refusePausedOffer(payload, context, input.offer, today)
  const candidate = (await candidateOffers(payload, context, today)).find((entry) => entry.id === input.offer)
  if (!candidate) throw badRequest([{ field: 'offer', message: NOT_HERE }])
  const answers = checkAnswers(context.questions, input.answers)

  const evaluation = evaluateRules(candidate.rules, answers, context.questions)
  if (!evaluation.eligible) {
    throw badRequest(
      evaluation.failed.map((rule) => ({
        field: `answers.${rule.criterion}`,
        message: `Cette offre ne correspond pas à ta situation (${explainMatch([rule], context.questions).join(', ')}).`,
      })),
    )
  }
  return { context, answers, offer: candidate }
}
