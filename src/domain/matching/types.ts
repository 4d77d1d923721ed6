/**
 * Shapes used to match a young person's answers with offers.
 */

/**
 * One condition on one questionnaire criterion.
 * `values`: accepted answers (multiple answers: any overlap); `min` / `max`:
 * inclusive bounds of a number answer, either optional. A condition with neither is ignored.
 */
export interface RuleCondition {
  criterion: string
  values?: string[] | null
  min?: number | null
  max?: number | null
}

/**
 * One eligibility rule of an offer: its condition « ou » any of its alternatives (`anyOf`), e.g.
 * « inscriptions = mission_locale ou situation = sans_activite ». An offer's rules are combined with « et ».
 */
export interface EligibilityRule extends RuleCondition {
  anyOf?: RuleCondition[] | null
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
  /** The conditions that held (for a rule with alternatives, those of its alternatives that held, without `anyOf`). */
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
