/** French typographic and wording helpers shared by user-facing messages. */

/** « text » with French quotation marks. */
export const quote = (text: string): string => `« ${text} »`

/** « a », « b », « c »: a list of values, each quoted. */
export const quoteAll = (texts: readonly string[]): string => texts.map(quote).join(', ')

/** 2.5 → '2,5': a value exactly as entered (an age, a bound), only the decimal comma. */
export const formatNumber = (value: number): string => String(value).replace('.', ',')

const roundedFormats = new Map<number, Intl.NumberFormat>()

/** 1.46 → '1,5', 1234 → '1 234': a measure rounded to `maxFractionDigits`, with French separators. */
export function formatRounded(value: number, maxFractionDigits = 1): string {
  let format = roundedFormats.get(maxFractionDigits)
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: maxFractionDigits })
    roundedFormats.set(maxFractionDigits, format)
  }
  return format.format(value)
}

/** « 1 jour », « 3 jours » (French: the plural from 2 on; 0 and 1 take the singular). */
export const countOf = (count: number, singular: string, plural = `${singular}s`): string => `${count} ${count > 1 ? plural : singular}`

/** « 1 jour », « 3 jours ». */
export const formatDays = (days: number): string => countOf(days, 'jour')

/** A wait in words, rounded up: 90 s → « 2 minutes », 61 min → « 2 heures ». */
export const waitText = (seconds: number): string => {
  const minutes = Math.ceil(seconds / 60)
  return minutes < 60 ? countOf(minutes, 'minute') : countOf(Math.ceil(minutes / 60), 'heure')
}
