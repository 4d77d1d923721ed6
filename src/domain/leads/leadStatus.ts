import { quoteAll } from '../shared/frenchText'

export const LEAD_STATUSES = [
  { value: 'nouvelle', label: 'Nouvelle' },
  { value: 'en_cours', label: 'En cours (prise en charge)' },
  { value: 'cloturee', label: 'Clôturée' },
] as const

export const LEAD_OUTCOMES = [
  { value: 'solution_trouvee', label: 'Solution trouvée' },
  { value: 'rdv_fixe', label: 'Rendez-vous fixé' },
  { value: 'orientee_ailleurs', label: 'Orienté(e) vers une autre structure' },
  { value: 'injoignable', label: 'Jeune injoignable' },
  { value: 'pas_interessee', label: 'Plus intéressé(e)' },
  { value: 'non_eligible', label: 'Non éligible' },
  { value: 'autre', label: 'Autre' },
] as const

export type LeadStatus = (typeof LEAD_STATUSES)[number]['value']
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number]['value']

const NEXT: Record<LeadStatus, LeadStatus[]> = {
  nouvelle: ['en_cours', 'cloturee'],
  en_cours: ['nouvelle', 'cloturee'],
  cloturee: ['en_cours'],
}

export interface LeadChange {
  from: LeadStatus
  to: LeadStatus
  outcome?: string | null
  comment?: string | null
}

/** Why a status change is refused (in French, with the field to fix), or null when it is allowed. */
export function leadChangeError(change: LeadChange): { field: string; message: string } | null {
  if (change.from === change.to) return null
  if (!isLeadStatus(change.to)) {
    return { field: 'status', message: `Statut inconnu : choisissez ${quoteAll(LEAD_STATUSES.map((status) => status.value))}.` }
  }
  if (!NEXT[change.from].includes(change.to)) {
    return { field: 'status', message: `Une demande « ${label(change.from)} » ne peut pas passer à « ${label(change.to)} ».` }
  }
  if (change.to === 'cloturee') {
    if (!change.outcome) return { field: 'outcome', message: 'Indiquez la suite donnée à la demande pour la clôturer.' }
    if (typeof change.comment !== 'string' || !change.comment.trim())
      return { field: 'closingComment', message: 'Un commentaire est obligatoire pour clôturer la demande.' }
  }
  return null
}

/** True for one of the workflow's statuses (anything an API caller sends may reach the workflow). */
export const isLeadStatus = (value: unknown): value is LeadStatus => LEAD_STATUSES.some((status) => status.value === value)

const label = (status: LeadStatus) => LEAD_STATUSES.find((entry) => entry.value === status)!.label.toLowerCase()
