import type { Payload } from 'payload'

import { dailySeed } from '@/domain/matching/dailySeed'
import { rulesEvaluator } from '@/domain/matching/evaluateRules'
import { explainMatch } from '@/domain/matching/explainMatch'
import { rankOffers } from '@/domain/matching/rankOffers'
import { validityDay } from '@/domain/offers/validity'
import type { Answers, Question } from '@/domain/questionnaire/types'
import { validateAnswers } from '@/domain/questionnaire/validateAnswers'
import type { Theme } from '@/payload-types'

import { catalogueFor, type PreviewScope } from '../catalogue/catalogue'
import { offerApplies } from '../catalogue/loadOffers'
import type { CatalogueOffer, TerritoryRef } from '../catalogue/types'
import { badRequest, notFound } from '../core/errors'
import { now } from '../core/options'
import { communeDirectory } from '../geo/communeDirectory'
import { communeCode, unknownCommune } from '../geo/findCommune'
import { recordSearch } from './recordSearch'

export interface MatchedOffer {
  id: number
  title: string
  summary: string
  partner: { id: number; name: string }
  subTheme: { slug: string; name: string } | null
  contactDelayDays: number
  remote: boolean
  reasons: string[]
}

export interface MatchResult {
  commune: { code: string; name: string }
  territory: { slug: string; name: string }
  theme: { slug: string; name: string }
  offers: MatchedOffer[]
  /** Offers that a single unmet condition kept out: lets the site explain an empty result. */
  nearMisses: number
}

export interface MatchContext {
  commune: { id: number; code: string; name: string }
  theme: Theme
  territory: TerritoryRef
  questions: Question[]
}

/** Resolves commune, theme, the open territory covering them and the questionnaire that applies (from memory). */
export async function resolveMatchContext(
  payload: Payload,
  communeRef: unknown,
  themeRef: unknown,
  options: { preview?: PreviewScope | null } = {},
): Promise<MatchContext> {
  const [communes, reference] = await Promise.all([communeDirectory.get(payload), catalogueFor(payload, options.preview)])
  const commune = communes.byCode.get(communeCode(communeRef))
  if (!commune) throw unknownCommune()

  const ref =
    typeof themeRef === 'number' || (typeof themeRef === 'string' && /^\d+$/.test(themeRef))
      ? Number(themeRef)
      : typeof themeRef === 'string' && /^[a-z0-9-]{1,60}$/.test(themeRef)
        ? themeRef
        : null
  if (ref === null) throw badRequest([{ field: 'theme', message: 'Choisis un thème.' }])
  const theme = reference.theme(ref)
  if (!theme) throw notFound('Ce thème n’existe pas.', 'theme')

  const territory = reference.territoryFor(commune.id, theme.id)
  if (!territory || theme.status !== 'disponible') {
    throw notFound(`Le thème « ${theme.name} » n’est pas encore ouvert à ${commune.name}.`, 'theme')
  }
  const questions = reference.questionnaireFor(theme.id, territory.id)?.questions
  if (!questions) throw notFound(`Le questionnaire « ${theme.name} » n’est pas disponible à ${commune.name}.`, 'theme')
  return {
    commune: { id: commune.id, code: commune.code, name: commune.name },
    theme,
    territory: { id: territory.id, slug: territory.slug, name: territory.name },
    questions,
  }
}

/** Validates the answers against the questionnaire, or a 400 naming each faulty field. */
export function checkAnswers(questions: Question[], input: unknown): Answers {
  const result = validateAnswers(questions, input)
  if (!result.ok) throw badRequest(result.errors.map((error) => ({ field: error.field ? `answers.${error.field}` : 'answers', message: error.message })))
  return result.answers
}

/** Published offers of the territory and theme, valid today, covering the commune. */
export async function candidateOffers(payload: Payload, context: MatchContext, today: Date, preview?: PreviewScope | null): Promise<CatalogueOffer[]> {
  const offers = await (await catalogueFor(payload, preview)).offersOf(context.territory.id, context.theme.id)
  const day = validityDay(today)
  return offers.filter((offer) => offerApplies(offer, context.commune.id, day))
}

/**
 * The matching offers for a young person's answers, most specific first, neutral between organisations
 * (ties shuffled with a seed that changes every day), each with the reasons it fits. Logs the search anonymously,
 * unless `recordSearch: false` (the same stored answers matched again, e.g. on a request's own page: not a new search)
 * or in a preview (« Voir comme un jeune » of a territory not yet open: nothing is written).
 */
export async function matchOffers(
  payload: Payload,
  input: { commune: unknown; theme: unknown; answers: unknown },
  options: { recordSearch?: boolean; preview?: PreviewScope | null } = {},
): Promise<MatchResult> {
  const context = await resolveMatchContext(payload, input.commune, input.theme, { preview: options.preview })
  const answers = checkAnswers(context.questions, input.answers)
  const today = now(payload)
  const offers = await candidateOffers(payload, context, today, options.preview)

  const subThemes = context.theme.subThemes ?? []
  const order = (slug: string | null | undefined) => {
    const index = subThemes.findIndex((row) => row.slug === slug)
    return index === -1 ? subThemes.length : index
  }
  const evaluate = rulesEvaluator(answers, context.questions)
  const evaluated = offers.map((offer) => ({
    offer,
    id: offer.id,
    rules: offer.rules,
    subThemeOrder: order(offer.subTheme),
    partnerId: offer.partner.id,
    match: evaluate(offer.rules),
  }))
  const eligible = evaluated.filter((entry) => entry.match.eligible)
  const nearMisses = evaluated.filter((entry) => !entry.match.eligible && entry.match.failed.length === 1).length
  const ranked = rankOffers(eligible, dailySeed(today))

  if (options.recordSearch !== false && !options.preview)
    await recordSearch(payload, { context, answers, resultCount: ranked.length, nearMissCount: nearMisses })

  return {
    commune: { code: context.commune.code, name: context.commune.name },
    territory: { slug: context.territory.slug!, name: context.territory.name },
    theme: { slug: context.theme.slug!, name: context.theme.name },
    offers: ranked.map(({ offer, match }) => {
      const subTheme = subThemes.find((row) => row.slug === offer.subTheme)
      return {
        id: offer.id,
        title: offer.title,
        summary: offer.summary,
        partner: offer.partner,
        subTheme: subTheme ? { slug: subTheme.slug, name: subTheme.name } : null,
        contactDelayDays: offer.contactDelayDays,
        remote: offer.remote,
        reasons: explainMatch(match.matched, context.questions, answers),
      }
    }),
    nearMisses,
  }
}
