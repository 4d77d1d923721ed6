/** '+33612345678' → '06 12 34 56 78' (how a French professional dials it); anything else unchanged. */
export function formatFrenchPhone(e164: string): string {
  const match = /^\+33(\d{9})$/.exec(e164)
  return match ? `0${match[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ') : e164
}
