/** French typographic helpers shared by user-facing messages. */

/** « text » with French quotation marks. */
export const quote = (text: string): string => `« ${text} »`

/** 2.5 → '2,5'. */
export const formatNumber = (value: number): string => String(value).replace('.', ',')

/** A wait in words, rounded up: 90 s → « 2 minutes », 61 min → « 2 heures ». */
export const waitText = (seconds: number): string => {
  const minutes = Math.ceil(seconds / 60)
  return minutes < 60 ? `${minutes} minute${minutes > 1 ? 's' : ''}` : `${Math.ceil(minutes / 60)} heure${minutes > 60 ? 's' : ''}`
}
