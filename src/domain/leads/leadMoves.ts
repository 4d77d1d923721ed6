/**
 * A request handed to another organisation's offer: by the territory's animation once the delay is missed
 * (« réattribuée »), or by the professional who cannot help (« orientée vers un homologue »).
 */
export const LEAD_MOVE_KINDS = [
  { value: 'reassigned', label: 'Réattribuée par l’animation territoriale' },
  { value: 'forwarded', label: 'Orientée vers un homologue' },
] as const

export type LeadMoveKind = (typeof LEAD_MOVE_KINDS)[number]['value']

/** What an entry of a request's history records. */
export const LEAD_HISTORY_EVENTS = [
  { value: 'status', label: 'Changement de statut' },
  { value: 'reassigned', label: 'Réattribution' },
  { value: 'forwarded', label: 'Orientation vers un homologue' },
  { value: 'assigned', label: 'Attribution à un membre' },
] as const

export type LeadHistoryEvent = (typeof LEAD_HISTORY_EVENTS)[number]['value']
