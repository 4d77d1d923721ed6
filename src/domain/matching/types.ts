/**
 * Shapes used to match a young person's answers with offers.
 */

/**
 * One eligibility condition of an offer, on one questionnaire criterion.
 * `values`: accepted answers (multiple answers: any overlap); `min` / `max`:
 * inclusive bounds of a number answer, either optional. A rule with neither is ignored.
 */
export interface EligibilityRule {
  criterion: string
  values?: string[] | null
  min?: number | null
  max?: number | null
}

export interface MatchableOffer {
  id: string | number
  rules: EligibilityRule[]
  /** Editorial order of the offer's sub-theme (smaller first). */
  subThemeOrder: number
  partnerId: string | number
}

export interface RuleEvaluation {
  /** No rule failed: unknown rules never exclude. */
  eligible: boolean
  matched: EligibilityRule[]
  failed: EligibilityRule[]
  /** Criterion not answered, hidden, or answered « je ne sais pas ». */
  unknown: EligibilityRule[]
}

export type EvaluatedOffer = MatchableOffer & { match: RuleEvaluation }

/** Inclusive range of a rule; at least one bound is set. */
export interface RuleRange {
  min: number | null
  max: number | null
}
