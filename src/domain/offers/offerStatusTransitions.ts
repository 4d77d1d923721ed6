import type { Role } from '@/domain/accounts/roles'

export type OfferStatus = 'brouillon' | 'soumise' | 'publiee' | 'archivee'

/**
 * Who may move an offer from one status to another. Partners draft, submit, withdraw and archive;
 * only the staff of the territory publish (or send back to draft with a comment).
 */
const PARTNER_TRANSITIONS: Record<OfferStatus, OfferStatus[]> = {
  brouillon: ['brouillon', 'soumise', 'archivee'],
  soumise: ['soumise', 'brouillon', 'archivee'],
  publiee: ['publiee', 'soumise', 'archivee'],
  archivee: ['archivee', 'brouillon'],
}

export function canChangeOfferStatus(role: Role, from: OfferStatus | undefined, to: OfferStatus): boolean {
  if (role === 'admin' || role === 'animator') return true
  if (from === undefined) return to === 'brouillon' || to === 'soumise'
  return PARTNER_TRANSITIONS[from].includes(to)
}

export const OFFER_STATUS_LABELS: Record<OfferStatus, string> = {
  brouillon: 'brouillon',
  soumise: 'soumise pour validation',
  publiee: 'publiée',
  archivee: 'archivée',
}
