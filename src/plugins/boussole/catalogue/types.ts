import type { EligibilityRule } from '@/domain/matching/types'
import type { ValidityDays } from '@/domain/offers/validity'
import type { Question } from '@/domain/questionnaire/types'
import type { Theme } from '@/payload-types'

export interface TerritoryRef {
  id: number
  slug: string
  name: string
}

export interface CatalogueTerritory extends TerritoryRef {
  themes: { themeId: number; status: 'ouvert' | 'bientot' }[]
  coveredCommunes: Set<number>
}

/** A published offer as the matching reads it: what the results show, and what decides whether it applies. */
export interface CatalogueOffer {
  id: number
  title: string
  summary: string
  partner: { id: number; name: string }
  subTheme: string | null
  contactDelayDays: number
  remote: boolean
  rules: EligibilityRule[]
  /** null: the whole territory */
  communes: Set<number> | null
  /** Its validity bounds as Paris days (`isValidOnDay`). */
  validity: ValidityDays
  /** « Complet jusqu’au » that Paris day included ('YYYY-MM-DD', `isPausedOnDay`); null: not paused. */
  pausedUntil: string | null
}

/** The reference data of the public API, from memory (see `catalogue`). */
export interface Catalogue {
  theme: (ref: number | string) => Theme | undefined
  /** The open territory covering the commune (for any theme); when several do, the one opened first. */
  territoryOfCommune: (communeId: number) => TerritoryRef | null
  /** The open territory covering the commune where the theme is open. */
  territoryFor: (communeId: number, themeId: number) => CatalogueTerritory | undefined
  /** The territory's own questionnaire for the theme when it has one, otherwise the national one. */
  questionnaireFor: (themeId: number, territoryId: number) => { id: number; questions: Question[] } | null
  /** The theme of a published offer; undefined when the offer does not exist or is not published. */
  themeOfPublishedOffer: (offerId: number) => number | undefined
  /** The published offers of a territory and theme, whatever their dates and coverage (loaded on first use). */
  offersOf: (territoryId: number, themeId: number) => Promise<CatalogueOffer[]>
}
