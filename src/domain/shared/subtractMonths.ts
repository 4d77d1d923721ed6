/**
 * The same instant `months` calendar months earlier (UTC calendar), the day clamped to the month's length:
 * 31 March − 1 month → 28 (or 29) February.
 */
export function subtractMonths(date: Date, months: number): Date {
  const target = new Date(date.getTime())
  const day = target.getUTCDate()
  target.setUTCDate(1)
  target.setUTCMonth(target.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target
}
