/**
 * Shares (« part traitée dans le délai », « part de oui »): one way to compute them, one way to show them
 * in a table or a key figure, one way to plot them.
 */

/** part / whole, or null when there is nothing to measure (whole = 0). */
export const shareOf = (part: number, whole: number): number | null => (whole ? part / whole : null)

/** A share as a percentage rounded to one decimal (chart values), null stays null. */
export const sharePercent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10)

/** « 83 % », « 44,4 % » (French), or « — » when there is nothing to measure. */
export const formatShare = (share: number | null): string =>
  share === null ? '—' : `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(share * 100)} %`
