import type { Perimeter } from '@/domain/accounts/perimeter'

import { isPausedOnDay, type PausedUntil } from './pause'
import { isValidOnDay, type ValidityDays } from './validity'

/**
 * An offer offered in several territories. It has one home territory (`offers.territory`: its own
 * workflow, brouillon → soumise → publiée, run by that territory's animation); each other territory is a
 * row of its own (`offer-territories`), proposed where the organisation holds a signed charter and decided by
 * that territory's animation alone (« validée » or « refusée »). The offer is never duplicated: its content,
 * dates and pause are the home territory's; a territory that validated it serves it as it is, on the whole
 * of that territory (its communes restriction, if any, is the home territory's).
 */
export const OFFER_TERRITORY_STATUSES = [
  { value: 'en_attente', label: 'En attente de validation' },
  { value: 'validee', label: 'Validée' },
  { value: 'refusee', label: 'Refusée' },
] as const

export type OfferTerritoryStatus = (typeof OFFER_TERRITORY_STATUSES)[number]['value']

export const OFFER_TERRITORY_STATUS_LABELS: Record<OfferTerritoryStatus, string> = Object.fromEntries(
  OFFER_TERRITORY_STATUSES.map((status) => [status.value, status.label]),
) as Record<OfferTerritoryStatus, string>

/** What a proposal of an offer in another territory is checked against. */
export interface Proposal {
  /** the offer's organisation and home territory */
  offer: { partnerId: number; territoryId: number }
  territoryId: number
  territoryName: string
  /** the organisation holds a signed charter for that territory */
  signedCharter: boolean
  /** the territory lists the offer's theme (open or coming soon) */
  themeListed: boolean
  /** another row already names that territory for this offer */
  alreadyProposed: boolean
}

/**
 * Why `perimeter` may not propose the offer in that territory, or null when it may. The organisation's
 * professionals propose their own offers; the staff of the offer's home territory (and administrators) may too.
 * The target territory's animation only decides: it does not pick another territory's offers itself (a proposal
 * opens the offer, drafts included, to it — the organisation or its own territory's animation asks for that).
 * In every case the organisation must hold a signed charter there.
 */
export function proposalRefusal(perimeter: Perimeter, proposal: Proposal): string | null {
  const { offer, territoryId, territoryName } = proposal
  const quoted = `« ${territoryName} »`
  switch (perimeter.kind) {
    case 'all':
      break
    case 'territories':
      if (!perimeter.territoryIds.includes(offer.territoryId))
        return perimeter.territoryIds.includes(territoryId)
          ? `Une offre d’un autre territoire est proposée dans ${quoted} par son organisme ou par l’animation de son territoire ; vous décidez ensuite de la valider.`
          : `Vous n’animez ni le territoire de cette offre ni ${quoted}.`
      break
    case 'partner':
      if (perimeter.partnerId !== offer.partnerId) return 'Vous ne pouvez proposer que les offres de votre propre organisme.'
      break
    default:
      return 'Action non autorisée.'
  }
  if (territoryId === offer.territoryId) return `L’offre est déjà proposée dans ${quoted}, son territoire d’origine.`
  if (proposal.alreadyProposed) return `L’offre est déjà proposée dans ${quoted} : modifiez cette proposition plutôt que d’en créer une autre.`
  if (!proposal.signedCharter) return `L’organisme n’a pas de charte de partenariat signée pour ${quoted} : l’offre ne peut pas y être proposée.`
  if (!proposal.themeListed) return `Le thème de l’offre n’est pas ouvert sur le territoire ${quoted}.`
  return null
}

/** Whether `perimeter` decides (validates or refuses) for that territory: its animators and administrators only. */
export function mayDecideFor(perimeter: Perimeter, territoryId: number): boolean {
  if (perimeter.kind === 'all') return true
  return perimeter.kind === 'territories' && perimeter.territoryIds.includes(territoryId)
}

/** Why a decision (a status change) may not be recorded, or null when it may. */
export function decisionRefusal(
  perimeter: Perimeter,
  territoryId: number,
  territoryName: string,
  from: OfferTerritoryStatus | null,
  to: OfferTerritoryStatus,
): string | null {
  if (from === to) return null
  if (from === null && to === 'en_attente') return null
  return mayDecideFor(perimeter, territoryId) ? null : `La validation de l’offre pour « ${territoryName} » revient à l’animation de ce territoire.`
}

/** An offer as the public service reads it, with its other territories' decisions. */
export interface OfferInTerritories {
  status: string
  territoryId: number
  validity: ValidityDays
  pausedUntil: PausedUntil
  /** the decisions of its other territories, by territory id */
  decisions: Record<number, OfferTerritoryStatus>
}

/** Whether the offer is offered to `territoryId` at all: published at home, and that is its home territory or its animation validated it. */
export function isOfferedIn(offer: Pick<OfferInTerritories, 'status' | 'territoryId' | 'decisions'>, territoryId: number): boolean {
  if (offer.status !== 'publiee') return false
  return offer.territoryId === territoryId || offer.decisions[territoryId] === 'validee'
}

/**
 * Whether the offer is served to young people of `territoryId` on that Paris day: published in its home
 * territory, offered there (its home territory, or a territory whose animation validated it), valid that day
 * and not paused. (Unpublished at home, it is served nowhere.)
 */
export function isServedIn(offer: OfferInTerritories, territoryId: number, day: string): boolean {
  return isOfferedIn(offer, territoryId) && isValidOnDay(offer.validity, day) && !isPausedOnDay(offer.pausedUntil, day)
}

/** The territories where the offer is offered besides its home territory (the validated rows). */
export const validatedTerritories = (rows: { territoryId: number; status: OfferTerritoryStatus }[]): number[] =>
  [...new Set(rows.filter((row) => row.status === 'validee').map((row) => row.territoryId))].sort((a, b) => a - b)
