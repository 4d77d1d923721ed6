import type { OfferStatus } from '@/domain/offers/offerStatusTransitions'

/**
 * What becomes of a territory's documents when it is closed or deleted: the choices of a State service, for
 * which the requests of young people are records (statistics, retention periods) and charters legal acts.
 *
 * Closing (status « Fermé ») is the normal end of a Boussole, and reversible: the public site stops offering
 * the territory at once (the catalogue reads open territories only). Its published and submitted offers are
 * archived (no longer « en ligne » in the lists, no review reminders, no validation waiting); drafts stay
 * drafts. Everything else is kept as it is: charters (legal acts, ended by the animators if the consortium
 * ends), the territory's questionnaires, the animators' and partners' territories (they still handle the
 * requests already received and read the statistics), requests and searches. Reopening brings back the
 * territory with its network; archived offers are republished one by one.
 *
 * Deleting is for a territory created by mistake or that never served anyone: it is refused while requests
 * name it (they are kept for their retention period and the statistics: close the territory instead). Then its
 * offers, charters and questionnaires are deleted with it (a territory's questionnaire would otherwise become a
 * second national template), animators and partners lose it from their territories, and the anonymous
 * searches are kept without a territory (they still count in the national statistics).
 */

export type TerritoryStatus = 'preparation' | 'ouvert' | 'ferme'

/** Whether a save closes the territory (from open or in preparation to closed). */
export const isClosing = (from: TerritoryStatus | undefined, to: TerritoryStatus | undefined): boolean =>
  to === 'ferme' && from !== undefined && from !== 'ferme'

/** The statuses an offer leaves for « archivée » when its territory closes. */
export const OFFER_STATUSES_ARCHIVED_ON_CLOSING: readonly OfferStatus[] = ['publiee', 'soumise']

/** An offer's status once its territory is closed. */
export const offerStatusAfterClosing = (status: OfferStatus): OfferStatus => (OFFER_STATUSES_ARCHIVED_ON_CLOSING.includes(status) ? 'archivee' : status)

/** Why a territory may not be deleted (a French sentence), or null when it may. */
export function territoryDeletionRefusal(territoryName: string, leadCount: number): string | null {
  if (leadCount === 0) return null
  const requests = leadCount === 1 ? 'une demande de mise en relation' : `${leadCount} demandes de mise en relation`
  return `Le territoire « ${territoryName} » a reçu ${requests}. Les demandes sont conservées pour les statistiques et jusqu’à la fin de leur durée de conservation : fermez le territoire plutôt que de le supprimer.`
}
