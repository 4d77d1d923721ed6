/** The statuses of an offer, with the labels the back office shows. */
export const OFFER_STATUSES = [
  { value: 'brouillon', label: 'Brouillon' },
  { value: 'soumise', label: 'Soumise pour validation' },
  { value: 'publiee', label: 'Publiée' },
  { value: 'archivee', label: 'Archivée' },
] as const
