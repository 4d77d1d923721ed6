import { formatShortDate } from '@/domain/shared/frenchDates'
import { periodParams } from '@/domain/statistics/period'
import type { Period } from '@/domain/statistics/rows'

/** The dashboard's dates (« ven. 20/11 », « vendredi 20 novembre 2026 », « 20/11/2026 »), from the one French-dates module. */
export { formatWeekdayAndDay as formatShortDay, formatLongDate as formatLongDay, formatShortDate as formatDay } from '@/domain/shared/frenchDates'

/** « du 01/09/2026 au 20/11/2026 » */
export function formatPeriod(period: Period): string {
  const { from, to } = periodParams(period)
  return `du ${formatShortDate(from)} au ${formatShortDate(to)}`
}

/** The CSV export of a table, for exactly the figures shown. */
export function csvUrl(apiRoute: string, tableId: string, period: Period, territory?: number): string {
  const params = new URLSearchParams(periodParams(period))
  if (territory !== undefined) params.set('territory', String(territory))
  return `${apiRoute}/boussole/statistics/${tableId}.csv?${params}`
}

/** « 1 jour », « 3 jours » */
export { formatDays as days } from '@/domain/shared/frenchText'

/** Rows a dashboard's long lists show (communes without results); the CSV export has them all. */
export const DASHBOARD_LIST_LIMIT = 50
