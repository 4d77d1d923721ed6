import type { Perimeter } from '@/domain/accounts/perimeter'
import { formatLongDate } from '@/domain/shared/frenchDates'

import { validityDay } from './validity'

/**
 * An offer paused « complet jusqu’au … » takes no request and leaves the results until that Paris day
 * included; it is back by itself the next day. `pausedUntil` is a day-only date field, stored as that day
 * at 12:00 UTC (as the validity dates); a bare 'YYYY-MM-DD' is already a Paris day.
 */
export type PausedUntil = string | Date | null | undefined

/** How far ahead a pause may go: a longer one is no longer « complet », the offer should be archived. */
export const MAX_PAUSE_MONTHS = 6

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Whether `value` is a real calendar day 'YYYY-MM-DD' (not 2026-02-30). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false
  const date = new Date(`${value}T12:00:00.000Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The Paris day a pause lasts until (included), or null when the offer is not paused. */
export function pauseDay(pausedUntil: PausedUntil): string | null {
  if (pausedUntil === null || pausedUntil === undefined || pausedUntil === '') return null
  if (typeof pausedUntil === 'string' && DAY.test(pausedUntil)) return pausedUntil
  const at = new Date(pausedUntil)
  return Number.isNaN(at.getTime()) ? null : validityDay(at)
}

/** Whether an offer paused until `pausedUntil` is paused on `day` (a Paris day, 'YYYY-MM-DD'): the last day included. */
export function isPausedOnDay(pausedUntil: PausedUntil, day: string): boolean {
  const until = pauseDay(pausedUntil)
  return until !== null && day <= until
}

/** The stored value of a pause until `day`: that day at 12:00 UTC, the convention of day-only dates. */
export const pausedUntilValue = (day: string): string => `${day}T12:00:00.000Z`

/** `day` plus `months` calendar months, clamped to the end of a shorter month (31 August + 6 → 28 February). */
export function addCalendarMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date, lastDay))
  return target.toISOString().slice(0, 10)
}

/** « mardi 15 décembre 2026 »: the last day of a pause, as a page or a message says it. */
export const formatPauseDay = (day: string): string => formatLongDate(pausedUntilValue(day))

/**
 * Why a pause until `until` cannot be recorded on `today` (both Paris days), or null when it can: a real day,
 * today at the earliest, at most `MAX_PAUSE_MONTHS` months ahead.
 */
export function pauseError({ until, today }: { until: unknown; today: string }): string | null {
  if (!isCalendarDay(until)) return 'Indiquez la date jusqu’à laquelle l’offre est complète (jour/mois/année).'
  if (until < today) return 'Cette date est passée : indiquez aujourd’hui ou un jour à venir.'
  const latest = addCalendarMonths(today, MAX_PAUSE_MONTHS)
  if (until > latest) {
    return `Une pause dure au plus ${MAX_PAUSE_MONTHS} mois (jusqu’au ${formatPauseDay(latest)}). Au-delà, archivez l’offre.`
  }
  return null
}

/** What the intake answers for a paused offer (409). */
export const pausedOfferMessage = (day: string): string => `Cette offre est complète jusqu’au ${formatPauseDay(day)} : choisis une autre offre.`

/**
 * Who may pause or resume an offer: its organisation's professionals, and its territory's staff (the
 * animators of that territory, the administrators). A partner's charters elsewhere do not count.
 */
export function mayPauseOffer(perimeter: Perimeter, offer: { partnerId: number; territoryId: number }): boolean {
  switch (perimeter.kind) {
    case 'all':
      return true
    case 'territories':
      return perimeter.territoryIds.includes(offer.territoryId)
    case 'partner':
      return perimeter.partnerId === offer.partnerId
    default:
      return false
  }
}
