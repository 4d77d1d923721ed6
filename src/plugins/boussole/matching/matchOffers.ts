import type { Payload, Where } from 'payload'

import { idsOf } from '@/access/perimeter'
import { toQuestions } from '@/collections/Questionnaires/toQuestions'
import type { Offer, Partner, Territory, Theme } from '@/payload-types'
import { findCommune } from '../geo/findCommune'
import { badRequest, notFound } from '../http/errors'
import { now } from '../options'
import { findApplicableQuestionnaire } from '../questionnaire/findApplicableQuestionnaire'
import type { Answers, Question } from '../questionnaire/types'
import { validateAnswers } from '../questionnaire/validateAnswers'
import { dailySeed } from './dailySeed'
import { evaluateRules } from './evaluateRules'
import { explainMatch } from './explainMatch'
import { rankOffers } from './rankOffers'
import type { EligibilityRule } from './types'

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
  commune: Awaited<ReturnType<typeof findCommune>>
  theme: Theme
  territory: Pick<Territory, 'id' | 'name' | 'slug' | 'themes'>
  questions: Question[]
}

type CandidateOffer = Pick<Offer, 'id' | 'title' | 'summary' | 'partner' | 'subTheme' | 'contactDelayDays' | 'rules' | 'location'>

/** Resolves commune, theme, the open territory covering them and the questionnaire that applies. */
export async function resolveMatchContext(payload: Payload, communeCode: unknown, themeRef: unknown): Promise<MatchContext> {
  const commune = await findCommune(payload, communeCode)
  const theme = await findTheme(payload, themeRef)
  const { docs: territories } = await payload.find({
    collection: 'territories',
    where: {
      and: [
        { status: { equals: 'ouvert' } },
        { coveredCommunes: { contains: commune.id } },
        { 'themes.theme': { equals: theme.id } },
        { 'themes.status': { equals: 'ouvert' } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { name: true, slug: true, themes: true },
  })
  const territory = territories.find((candidate) =>
    candidate.themes?.some((row) => idsOf([row.theme])[0] === theme.id && row.status === 'ouvert'),
  )
  if (!territory || theme.status !== 'disponible') {
    throw notFound(`Le thème « ${theme.name} » n’est pas encore ouvert à ${commune.name}.`, 'theme')
  }
  const questionnaire = await findApplicableQuestionnaire(payload, theme.id, territory.id)
  if (!questionnaire) throw notFound(`Le questionnaire « ${theme.name} » n’est pas disponible à ${commune.name}.`, 'theme')
  return { commune, theme, territory, questions: toQuestions(questionnaire.questions) }
}

async function findTheme(payload: Payload, ref: unknown): Promise<Theme> {
  const where: Where | null =
    typeof ref === 'number' || (typeof ref === 'string' && /^\d+$/.test(ref))
      ? { id: { equals: Number(ref) } }
      : typeof ref === 'string' && /^[a-z0-9-]{1,60}$/.test(ref)
        ? { slug: { equals: ref } }
        : null
  if (!where) throw badRequest([{ field: 'theme', message: 'Choisis un thème.' }])
  const { docs } = await payload.find({ collection: 'themes', where, limit: 1, depth: 0 })
  if (!docs[0]) throw notFound('Ce thème n’existe pas.', 'theme')
  return docs[0]
}

/** Validates the answers against the questionnaire, or a 400 naming each faulty field. */
export function checkAnswers(questions: Question[], input: unknown): Answers {
  const result = validateAnswers(questions, input)
  if (!result.ok) throw badRequest(result.errors.map((error) => ({ field: error.field ? `answers.${error.field}` : 'answers', message: error.message })))
  return result.answers
}

/** Published offers of the territory and theme, valid today, covering the commune. */
export async function candidateOffers(payload: Payload, context: MatchContext, today: Date): Promise<CandidateOffer[]> {
  const day = today.toISOString()
  const { docs } = await payload.find({
    collection: 'offers',
    where: {
      and: [
        { status: { equals: 'publiee' } },
        { territory: { equals: context.territory.id } },
        { theme: { equals: context.theme.id } },
        { or: [{ validFrom: { exists: false } }, { validFrom: { less_than_equal: day } }] },
        { or: [{ validUntil: { exists: false } }, { validUntil: { greater_than_equal: day } }] },
        { or: [{ 'coverage.mode': { equals: 'territory' } }, { 'coverage.communes': { contains: context.commune.id } }] },
      ],
    },
    depth: 1,
    pagination: false,
    // Sub-fields spelled out: `rules: true` would return the hasMany `values` empty.
    select: {
      title: true,
      summary: true,
      partner: true,
      subTheme: true,
      contactDelayDays: true,
      rules: { criterion: true, values: true, min: true, max: true },
      location: { remote: true },
    },
    populate: { partners: { name: true } },
  })
  return docs
}

export const rulesOf = (offer: Pick<Offer, 'rules'>): EligibilityRule[] =>
  (offer.rules ?? []).map((rule) => ({ criterion: rule.criterion, values: rule.values ?? [], min: rule.min ?? null, max: rule.max ?? null }))

/**
 * The matching offers for a young person's answers, most specific first, neutral between organisations
 * (ties shuffled with a seed that changes every day), each with the reasons it fits. Logs the search anonymously.
 */
export async function matchOffers(payload: Payload, input: { commune: unknown; theme: unknown; answers: unknown }): Promise<MatchResult> {
  const context = await resolveMatchContext(payload, input.commune, input.theme)
  const answers = checkAnswers(context.questions, input.answers)
  const today = now(payload)
  const offers = await candidateOffers(payload, context, today)

  const subThemes = context.theme.subThemes ?? []
  const order = (slug: string | null | undefined) => {
    const index = subThemes.findIndex((row) => row.slug === slug)
    return index === -1 ? subThemes.length : index
  }
  const evaluated = offers.map((offer) => {
    const rules = rulesOf(offer)
    return {
      offer,
      id: offer.id,
      rules,
      subThemeOrder: order(offer.subTheme),
      partnerId: idsOf([offer.partner])[0],
      match: evaluateRules(rules, answers, context.questions),
    }
  })
  const eligible = evaluated.filter((entry) => entry.match.eligible)
  const nearMisses = evaluated.filter((entry) => !entry.match.eligible && entry.match.failed.length === 1).length
  const ranked = rankOffers(eligible, dailySeed(today))

  await payload.create({
    collection: 'searches',
    data: {
      territory: context.territory.id,
      commune: context.commune.id,
      theme: context.theme.id,
      answers,
      resultCount: ranked.length,
      nearMissCount: nearMisses,
    },
    depth: 0,
  })

  return {
    commune: { code: context.commune.code, name: context.commune.name },
    territory: { slug: context.territory.slug!, name: context.territory.name },
    theme: { slug: context.theme.slug!, name: context.theme.name },
    offers: ranked.map(({ offer, match }) => {
      const partner = offer.partner as Partner
      const subTheme = subThemes.find((row) => row.slug === offer.subTheme)
      return {
        id: offer.id,
        title: offer.title,
        summary: offer.summary,
        partner: { id: partner.id, name: partner.name },
        subTheme: subTheme ? { slug: subTheme.slug, name: subTheme.name } : null,
        contactDelayDays: offer.contactDelayDays,
        remote: Boolean(offer.location?.remote),
        reasons: explainMatch(match.matched, context.questions, answers),
      }
    }),
    nearMisses,
  }
}
