import { formatLongDate } from '../shared/frenchDates'
import { isOverdue } from './dueDate'
import type { LeadOutcome, LeadStatus } from './leadStatus'

/** Where a request stands, as its young person's page tells it. */
export type RequestStage = 'sent' | 'overdue' | 'taken' | 'closed' | 'withdrawn'

export interface RequestProgressInput {
  status: LeadStatus
  outcome: LeadOutcome | null
  /** The committed contact date (end of its day, Paris time). */
  dueAt: Date | string
  partnerName: string
  /** True once the personal data is erased (withdrawal or end of retention). */
  erased: boolean
  now: Date
}

export interface RequestProgress {
  stage: RequestStage
  /** A word or two for a badge: « Envoyée », « Terminée »… */
  label: string
  /** The sentence under it, in tu-words. */
  message: string
  /** « Je n'en ai plus besoin » and the withdrawal still mean something. */
  canClose: boolean
  /** The committed date passed and nobody took the request: other offers and the Info Jeunes point are proposed. */
  offersAlternatives: boolean
}

/** What happened to a closed request, told to the young person. */
const OUTCOME_WORDS: Record<LeadOutcome, string> = {
  solution_trouvee: 'une solution a été trouvée avec toi',
  rdv_fixe: 'un rendez-vous a été fixé avec toi',
  orientee_ailleurs: 'tu as été orienté(e) vers une autre structure',
  injoignable: 'l’organisme n’a pas réussi à te joindre',
  pas_interessee: 'tu n’en avais plus besoin',
  non_eligible: 'cette offre ne correspondait pas à ta situation',
  autre: 'l’organisme a clôturé ta demande',
}

/** The outcome of a closed request in tu-words (an unknown or missing outcome: the organisation closed it). */
export const outcomeInWords = (outcome: LeadOutcome | null): string => (outcome && OUTCOME_WORDS[outcome]) || OUTCOME_WORDS.autre

/** Status, outcome, committed date and the current time → what the young person's page says and offers. */
export function requestProgress(input: RequestProgressInput): RequestProgress {
  const due = formatLongDate(input.dueAt)
  if (input.erased) {
    return {
      stage: 'withdrawn',
      label: 'Retirée',
      message: 'Cette demande a été retirée : tes coordonnées et tes réponses ont été effacées.',
      canClose: false,
      offersAlternatives: false,
    }
  }
  if (input.status === 'cloturee') {
    return { stage: 'closed', label: 'Terminée', message: `Terminée : ${outcomeInWords(input.outcome)}.`, canClose: false, offersAlternatives: false }
  }
  if (input.status === 'en_cours') {
    return {
      stage: 'taken',
      label: 'Prise en charge',
      message: `Un ou une pro de ${input.partnerName} l’a prise en charge.`,
      canClose: true,
      offersAlternatives: false,
    }
  }
  if (isOverdue(new Date(input.dueAt), input.now)) {
    return {
      stage: 'overdue',
      label: 'Délai dépassé',
      message: `Le délai est dépassé : ${input.partnerName} devait te contacter au plus tard le ${due}. L’équipe de ton territoire a été prévenue.`,
      canClose: true,
      offersAlternatives: true,
    }
  }
  return {
    stage: 'sent',
    label: 'Envoyée',
    message: `Envoyée : ${input.partnerName} doit te contacter au plus tard le ${due}.`,
    canClose: true,
    offersAlternatives: false,
  }
}
