/** French typographic helpers shared by user-facing messages. */

/** « text » with French quotation marks. */
export const quote = (text: string): string => `« ${text} »`

/** 2.5 → '2,5'. */
export const formatNumber = (value: number): string => String(value).replace('.', ',')
