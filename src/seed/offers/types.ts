import type { Offer, OfferTerritory } from '@/payload-types'

import type { PartnerKey } from '../partners'
import type { CommuneKey } from '../places'
import type { TerritoryKey } from '../territories'
import type { ThemeSlug } from '../themes'

export interface RuleSeed {
  criterion: string
  values?: string[]
  min?: number
  max?: number
  /** Alternatives « ou »: the rule holds when it or one of them does. */
  anyOf?: Omit<RuleSeed, 'anyOf'>[]
}

export interface OfferSeed {
  title: string
  partner: PartnerKey
  theme: ThemeSlug
  subTheme: string
  /** Default: publiee. */
  status?: Offer['status']
  /** Shown in the results, at most 300 characters, speaking to the young person (tu). */
  summary: string
  /** Paragraphs of the rich-text description; a paragraph of « - » lines becomes a list. */
  description: string[]
  benefits: string
  /** Default: the organisation's default delay (filled by the collection hook). */
  contactDelayDays?: number
  /** No rules: open to every young person of the territory. */
  rules?: RuleSeed[]
  location: { address?: string; commune?: CommuneKey; remote?: boolean }
  /** Restricts the offer to some communes of the territory (default: the whole territory). */
  communes?: readonly CommuneKey[]
  /** Default: the organisation's professional contact. */
  notificationEmails?: string[]
  reviewComment?: string
  /** Other territories where the organisation (with a signed charter there) offers it, and their animation's decision. */
  alsoIn?: readonly { territory: TerritoryKey; status: OfferTerritory['status'] }[]
  validFrom?: string
  validUntil?: string
}

/** Age between `min` and `max` (inclusive). */
export const age = (min: number, max: number): RuleSeed => ({ criterion: 'age', min, max })
/** The answer to `criterion` is one of `values`. */
export const oneOf = (criterion: string, ...values: string[]): RuleSeed => ({ criterion, values })
/** « rule ou alternative ou … ». */
export const either = (rule: RuleSeed, ...alternatives: RuleSeed[]): RuleSeed => ({ ...rule, anyOf: alternatives })
/** Yes/no question answered « oui ». */
export const yes = (criterion: string): RuleSeed => ({ criterion, values: ['oui'] })
/** Yes/no question answered « non ». */
export const no = (criterion: string): RuleSeed => ({ criterion, values: ['non'] })
