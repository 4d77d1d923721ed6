import { monthKey, monthKeysBetween } from './calendar'
import { countClosed, countOverdueNow, followUpAnswers, handledWithinDelayShare } from './leadStatistics'
import type { LeadRow, Period, SearchRow } from './rows'
import { searchesWithoutResults } from './searchStatistics'

/**
 * The figures of one slice of activity (a month, a territory): its searches, its leads and what became
 * of them. The national series and the territory comparison are both made of these, so they agree.
 */
export interface ActivityFigures {
  searches: number
  searchesWithoutResults: number
  leads: number
  /** of these leads: handled within the delay / whose fate is known (see `handledWithinDelayShare`) */
  handledInTime: number
  measured: number
  /** handledInTime / measured, or null */
  share: number | null
  /** of these leads, those still « hors délai » now */
  overdueNow: number
  closed: number
  followUpYes: number
  followUpNo: number
  /** followUpYes / (followUpYes + followUpNo), or null */
  followUpYesShare: number | null
}

export function activityFigures(leads: readonly LeadRow[], searches: readonly SearchRow[], now: Date): ActivityFigures {
  const delay = handledWithinDelayShare(leads, now)
  const answers = followUpAnswers(leads)
  const gaps = searchesWithoutResults(searches)
  return {
    searches: gaps.total,
    searchesWithoutResults: gaps.withoutResults,
    leads: leads.length,
    handledInTime: delay.inTime,
    measured: delay.measured,
    share: delay.share,
    overdueNow: countOverdueNow(leads, now),
    closed: countClosed(leads),
    followUpYes: answers.yes,
    followUpNo: answers.no,
    followUpYesShare: answers.yesShare,
  }
}

export type MonthlyFigures = { month: string } & ActivityFigures

const inPeriod = (createdAt: string, period: Period) => {
  const t = new Date(createdAt).getTime()
  return t >= period.from.getTime() && t < period.to.getTime()
}

/** Rows grouped by the Paris month of their creation, within the period. */
function byMonth<T extends { createdAt: string }>(rows: readonly T[], period: Period): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    if (!inPeriod(row.createdAt, period)) continue
    const month = monthKey(row.createdAt)
    groups.set(month, [...(groups.get(month) ?? []), row])
  }
  return groups
}

/** Per Paris month of creation, every month of the period present: searches, leads and what became of them. */
export function monthlyNationalSeries(leads: readonly LeadRow[], searches: readonly SearchRow[], period: Period, now: Date): MonthlyFigures[] {
  const leadsByMonth = byMonth(leads, period)
  const searchesByMonth = byMonth(searches, period)
  return monthKeysBetween(period.from, new Date(period.to.getTime() - 1)).map((month) => ({
    month,
    ...activityFigures(leadsByMonth.get(month) ?? [], searchesByMonth.get(month) ?? [], now),
  }))
}

export type TerritoryFigures = { territory: number } & ActivityFigures

/** The territories of a comparison: those listed, in that order, then any other found in the rows. */
export function comparedTerritories(leads: readonly LeadRow[], searches: readonly SearchRow[], territories: readonly number[] = []): number[] {
  return [...new Set([...territories, ...leads.map((lead) => lead.territory), ...searches.flatMap((search) => (search.territory ? [search.territory] : []))])]
}

/** One row per territory (those listed, in that order, plus any other found in the rows). */
export function territoryComparison(
  leads: readonly LeadRow[],
  searches: readonly SearchRow[],
  now: Date,
  territories: readonly number[] = [],
): TerritoryFigures[] {
  return comparedTerritories(leads, searches, territories).map((territory) => ({
    territory,
    ...activityFigures(
      leads.filter((lead) => lead.territory === territory),
      searches.filter((search) => search.territory === territory),
      now,
    ),
  }))
}
