import { PARIS_TIME_ZONE } from '@/domain/shared/timeZone'
import { periodParams } from '@/domain/statistics/period'
import type { Period } from '@/domain/statistics/rows'

const shortDay = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, weekday: 'short', day: '2-digit', month: '2-digit' })
const longDay = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const day = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })

/** « ven. 20/11 » */
export const formatShortDay = (date: Date | string) => shortDay.format(new Date(date))
/** « vendredi 20 novembre 2026 » */
export const formatLongDay = (date: Date | string) => longDay.format(new Date(date))
/** « 20/11/2026 » */
export const formatDay = (date: Date | string) => day.format(new Date(date))

/** « du 01/09/2026 au 20/11/2026 » */
export function formatPeriod(period: Period): string {
  const { from, to } = periodParams(period)
  const french = (key: string) => key.split('-').reverse().join('/')
  return `du ${french(from)} au ${french(to)}`
}

/** The CSV export of a table, for exactly the figures shown. */
export function csvUrl(apiRoute: string, tableId: string, period: Period, territory?: number): string {
  const params = new URLSearchParams(periodParams(period))
  if (territory !== undefined) params.set('territory', String(territory))
  return `${apiRoute}/boussole/statistics/${tableId}.csv?${params}`
}

/** « 1 jour », « 3 jours » */
export const days = (count: number) => `${count} jour${count > 1 ? 's' : ''}`
