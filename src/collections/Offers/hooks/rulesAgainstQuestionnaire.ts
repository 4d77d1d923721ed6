import type { PayloadRequest } from 'payload'

import { rulesOf } from '@/domain/matching/rulesOf'
import { validateEligibilityRules, type RuleError } from '@/domain/offers/validateEligibilityRules'
import { applicableQuestionnaire } from '@/domain/questionnaire/applicableQuestionnaire'
import { toQuestions } from '@/domain/questionnaire/toQuestions'
import type { Offer } from '@/payload-types'

/**
 * What is wrong with an offer's eligibility rules in a territory: checked against the questionnaire matching uses
 * there for the theme (the territory's own, else the national template — not both). For the offer's own territory
 * (`validateOffer`) and for each territory it is proposed in (`checkOfferTerritory`), whose questionnaire may differ.
 */
export async function rulesErrorsIn(
  req: PayloadRequest,
  { themeId, territoryId, rules }: { themeId: number; territoryId: number; rules: Offer['rules'] },
): Promise<RuleError[]> {
  const questionnaires = await req.payload.find({
    collection: 'questionnaires',
    where: { and: [{ theme: { equals: themeId } }, { or: [{ territory: { exists: false } }, { territory: { equals: territoryId } }] }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const applicable = applicableQuestionnaire(questionnaires.docs, themeId, territoryId)
  const questions = applicable ? toQuestions(applicable.questions) : []
  const template = questionnaires.docs.find((questionnaire) => !questionnaire.territory)
  const overriddenTemplate = template && applicable && template !== applicable ? toQuestions(template.questions) : undefined
  return validateEligibilityRules(rulesOf({ rules: rules ?? [] }), questions, { overriddenTemplate })
}
