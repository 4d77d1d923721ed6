/** Facts the legal pages state, in one place. */
export const SITE = {
  publisher: 'Ministère chargé de la jeunesse — Direction de la jeunesse, de l’éducation populaire et de la vie associative (DJEPVA)',
  publisherAddress: '95 avenue de France, 75013 Paris',
  /** Where people write about their data or accessibility; set BOUSSOLE_CONTACT_EMAIL in production. */
  contactEmail: (): string | null => process.env.BOUSSOLE_CONTACT_EMAIL || null,
  /** Date and methods of the last accessibility check (see tests/e2e). */
  accessibilityCheckedOn: '3 décembre 2026',
  retentionMonthsAfterClosing: 12,
  retentionMonthsIfNeverClosed: 18,
} as const
