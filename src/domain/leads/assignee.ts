/** Who may handle a lead: an active professional (role partner) of the organisation that owns it. */
export interface AssigneeCandidate {
  role?: string | null
  active?: boolean | null
  /** the member's organisation (id) */
  partner?: number | null
}

/** The French message refusing `candidate` as the assignee of a lead of organisation `partnerId`, or null when allowed. */
export function assigneeError(candidate: AssigneeCandidate | null | undefined, partnerId: number): string | null {
  if (!candidate) return 'Ce compte n’existe pas.'
  if (candidate.role !== 'partner' || candidate.partner !== partnerId) return 'La demande ne peut être attribuée qu’à un membre de l’organisme qui la reçoit.'
  if (candidate.active === false) return 'Ce compte est désactivé : attribuez la demande à un membre actif de l’organisme.'
  return null
}
