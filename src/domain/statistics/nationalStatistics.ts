import { monthKeysBetween } from './calendar'
import { countClosed, countOverdueTallies, followUpAnswers, handledWithinDelayShare } from './leadStatistics'
import type { Period } from './rows'
import { searchesWithoutResults } from './searchStatistics'
import { sumOf, type LeadTally, type SearchTally } from './tallies'

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

export function activityFigures(leads: readonly LeadTally[], searches: readonly SearchTally[]): ActivityFigures {
  const delay = handledWithinDelayShare(leads)
  const answers = followUpAnswers(leads)
  const gaps = searchesWithoutResults(searches)
  return {
    searches: gaps.total,
    searchesWithoutResults: gaps.withoutResults,
    leads: sumOf(leads),
    handledInTime: delay.inTime,
    measured: delay.measured,
    share: delay.share,
    overdueNow: countOverdueTallies(leads),
    closed: countClosed(leads),
    followUpYes: answers.yes,
    followUpNo: answers.no,
    followUpYesShare: answers.yesShare,
  }
}

export type MonthlyFigures = { month: string } & ActivityFigures

/** Tallies grouped by their month (those without one left out). */
function byMonth<T extends { month?: string }>(tallies: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const tally of tallies) {
    if (tally.month === undefined) continue
    const group = groups.get(tally.month)
    if (group) group.push(tally)
    else groups.set(tally.month, [tally])
  }
  return groups
}

/** Per Paris month of creation, every month of the period present (others ignored): searches, leads and what became of them. */
export function monthlyNationalSeries(leads: readonly LeadTally[], searches: readonly SearchTally[], period: Period): MonthlyFigures[] {
  const leadsByMonth = byMonth(leads)
  const searchesByMonth = byMonth(searches)
  return monthKeysBetween(period.from, new Date(period.to.getTime() - 1)).map((month) => ({
    month,
    ...activityFigures(leadsByMonth.get(month) ?? [], searchesByMonth.get(month) ?? []),
  }))
}

export type TerritoryFigures = { territory: number } & ActivityFigures

/** The territories of a comparison: those listed, in that order, then any other found in the tallies. */
export function comparedTerritories(leads: readonly LeadTally[], searches: readonly SearchTally[], territories: readonly number[] = []): number[] {
  const found = (tallies: readonly { territory?: number | null }[]) => tallies.flatMap((tally) => (tally.territory ? [tally.territory] : []))
  return [...new Set([...territories, ...found(leads), ...found(searches)])]
}

/** One row per territory (those listed, in that order, plus any other found in the tallies). */
export function territoryComparison(leads: readonly LeadTally[], searches: readonly SearchTally[], territories: readonly number[] = []): TerritoryFigures[] {
  return comparedTerritories(leads, searches, territories).map((territory) => ({
    territory,
    ...activityFigures(
      leads.filter((tally) => tally.territory === territory),
      searches.filter((tally) => tally.territory === territory),
    ),
  }))
}
