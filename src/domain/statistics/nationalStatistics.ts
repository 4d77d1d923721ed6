import { monthKey, monthKeysBetween } from './calendar'
import { delayState, followUpAnswers, handledWithinDelayShare, isOverdueNow } from './leadStatistics'
import type { LeadRow, Period, SearchRow } from './rows'

export interface MonthlyFigures {
  month: string
  searches: number
  searchesWithoutResults: number
  leads: number
  /** of that month's leads: handled within the delay / whose fate is known (see `handledWithinDelayShare`) */
  handledInTime: number
  measured: number
  closed: number
  followUpYes: number
  followUpNo: number
}

const inPeriod = (createdAt: string, period: Period) => {
  const t = new Date(createdAt).getTime()
  return t >= period.from.getTime() && t < period.to.getTime()
}

/** Per Paris month of creation, every month of the period present: searches, leads and what became of them. */
export function monthlyNationalSeries(leads: readonly LeadRow[], searches: readonly SearchRow[], period: Period, now: Date): MonthlyFigures[] {
  const months = new Map<string, MonthlyFigures>(
    monthKeysBetween(period.from, new Date(period.to.getTime() - 1)).map((month) => [
      month,
      { month, searches: 0, searchesWithoutResults: 0, leads: 0, handledInTime: 0, measured: 0, closed: 0, followUpYes: 0, followUpNo: 0 },
    ]),
  )
  for (const search of searches) {
    if (!inPeriod(search.createdAt, period)) continue
    const figures = months.get(monthKey(search.createdAt))
    if (!figures) continue
    figures.searches += 1
    if (search.resultCount === 0) figures.searchesWithoutResults += 1
  }
  for (const lead of leads) {
    if (!inPeriod(lead.createdAt, period)) continue
    const figures = months.get(monthKey(lead.createdAt))
    if (!figures) continue
    figures.leads += 1
    const state = delayState(lead, now)
    if (state === 'in_time') figures.handledInTime += 1
    if (state !== 'pending') figures.measured += 1
    if (lead.status === 'cloturee') figures.closed += 1
    if (lead.timeline?.contactedAccordingToYoungPerson === 'oui') figures.followUpYes += 1
    if (lead.timeline?.contactedAccordingToYoungPerson === 'non') figures.followUpNo += 1
  }
  return [...months.values()]
}

export interface TerritoryFigures {
  territory: number
  searches: number
  searchesWithoutResults: number
  leads: number
  handledInTime: number
  measured: number
  /** handledInTime / measured, or null */
  share: number | null
  overdueNow: number
  closed: number
  followUpYes: number
  followUpNo: number
}

/** One row per territory (those listed, in that order, plus any other found in the rows). */
export function territoryComparison(
  leads: readonly LeadRow[],
  searches: readonly SearchRow[],
  now: Date,
  territories: readonly number[] = [],
): TerritoryFigures[] {
  const ids = [
    ...new Set([...territories, ...leads.map((lead) => lead.territory), ...searches.flatMap((search) => (search.territory ? [search.territory] : []))]),
  ]
  return ids.map((territory) => {
    const own = leads.filter((lead) => lead.territory === territory)
    const ownSearches = searches.filter((search) => search.territory === territory)
    const delay = handledWithinDelayShare(own, now)
    const answers = followUpAnswers(own)
    return {
      territory,
      searches: ownSearches.length,
      searchesWithoutResults: ownSearches.filter((search) => search.resultCount === 0).length,
      leads: own.length,
      handledInTime: delay.inTime,
      measured: delay.measured,
      share: delay.share,
      overdueNow: own.filter((lead) => isOverdueNow(lead, now)).length,
      closed: own.filter((lead) => lead.status === 'cloturee').length,
      followUpYes: answers.yes,
      followUpNo: answers.no,
    }
  })
}
