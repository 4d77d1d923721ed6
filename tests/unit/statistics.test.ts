import { describe, expect, it } from '@jest/globals'

import { inboxDaysLate, inboxGroup, inboxSummary, sortInbox } from '../../src/domain/leads/partnerInbox'
import { parseCsv } from '../../src/domain/shared/csv'
import { monthKey, weekKey, weekKeysBetween } from '../../src/domain/statistics/calendar'
import {
  countBy,
  countClosed,
  countOverdueNow,
  daysLate,
  delayState,
  followUpAnswers,
  handledWithinDelayShare,
  leadsPerTheme,
  leadsPerWeek,
  outcomeBreakdown,
  overdueByPartner,
} from '../../src/domain/statistics/leadStatistics'
import { activityFigures, comparedTerritories, monthlyNationalSeries, territoryComparison } from '../../src/domain/statistics/nationalStatistics'
import { charterExpiryLimit, charterSituation, partnersWithoutPublishedOffer } from '../../src/domain/statistics/partnerNetwork'
import { fullMonths, lastMonths, lastWeeks, monthBuckets, parsePeriod, periodParams, weekBuckets } from '../../src/domain/statistics/period'
import type { LeadRow, SearchRow } from '../../src/domain/statistics/rows'
import { searchesWithoutResults } from '../../src/domain/statistics/searchStatistics'
import { formatShare, shareOf, sharePercent } from '../../src/domain/statistics/shares'
import { statTableToCsv } from '../../src/domain/statistics/table'
import { leadTallyOf, searchTallyOf } from '../../src/domain/statistics/tallies'

/** Friday 20 November 2026, 11:00 in Paris. */
const NOW = new Date('2026-11-20T10:00:00.000Z')
/** End of a Paris day (what `dueDate` produces in winter). */
const endOf = (day: string) => new Date(`${day}T22:59:59.999Z`).toISOString()

let nextId = 1
const lead = (overrides: Partial<LeadRow> & { timeline?: LeadRow['timeline'] }): LeadRow => ({
  id: nextId++,
  createdAt: '2026-11-16T09:00:00.000Z',
  dueAt: endOf('2026-11-19'),
  status: 'nouvelle',
  outcome: null,
  territory: 1,
  partner: 10,
  theme: 100,
  timeline: {},
  ...overrides,
})

/** A table of leads with known timelines (due on 19 November unless said otherwise). */
const LEADS = {
  takenInTime: lead({ status: 'en_cours', timeline: { takenAt: '2026-11-17T08:00:00.000Z' } }),
  closedInTimeWithoutTaking: lead({ status: 'cloturee', outcome: 'rdv_fixe', timeline: { closedAt: '2026-11-19T20:00:00.000Z' } }),
  takenLate: lead({
    status: 'cloturee',
    outcome: 'injoignable',
    timeline: { takenAt: '2026-11-20T08:00:00.000Z', closedAt: '2026-11-20T09:00:00.000Z' },
  }),
  overdueTwoDays: lead({ partner: 11, dueAt: endOf('2026-11-18'), createdAt: '2026-11-15T09:00:00.000Z' }),
  overdueOneDay: lead({ partner: 11 }),
  overdueOtherPartner: lead({ partner: 12, territory: 2, theme: 101 }),
  dueToday: lead({ dueAt: endOf('2026-11-20'), createdAt: '2026-11-18T09:00:00.000Z' }),
  dueTomorrow: lead({ dueAt: endOf('2026-11-21'), createdAt: '2026-11-18T09:00:00.000Z', theme: 101 }),
  dueLater: lead({ dueAt: endOf('2026-11-25'), createdAt: '2026-11-18T09:00:00.000Z' }),
  anonymisedClosedInTime: lead({
    createdAt: '2026-10-05T09:00:00.000Z',
    dueAt: endOf('2026-10-08'),
    status: 'cloturee',
    outcome: 'solution_trouvee',
    territory: 2,
    timeline: {
      takenAt: '2026-10-06T09:00:00.000Z',
      closedAt: '2026-10-07T09:00:00.000Z',
      followUpSentAt: '2026-10-11T09:00:00.000Z',
      followUpAnsweredAt: '2026-10-12T09:00:00.000Z',
      contactedAccordingToYoungPerson: 'oui',
      anonymizedAt: '2026-11-01T00:00:00.000Z',
    },
  }),
  anonymisedNeverHandled: lead({
    createdAt: '2026-10-05T09:00:00.000Z',
    dueAt: endOf('2026-10-06'),
    territory: 2,
    partner: 12,
    timeline: {
      followUpSentAt: '2026-10-09T09:00:00.000Z',
      followUpAnsweredAt: '2026-10-09T10:00:00.000Z',
      contactedAccordingToYoungPerson: 'non',
      anonymizedAt: '2026-11-02T00:00:00.000Z',
    },
  }),
  askedNoAnswer: lead({
    status: 'en_cours',
    createdAt: '2026-11-02T09:00:00.000Z',
    dueAt: endOf('2026-11-04'),
    timeline: { takenAt: '2026-11-03T09:00:00.000Z', followUpSentAt: '2026-11-07T09:00:00.000Z' },
  }),
}
const ALL = Object.values(LEADS)
/** Leads and searches as the statistics count them: one tally each. */
const T = (leads: readonly LeadRow[]) => leads.map((row) => leadTallyOf(row, NOW))
const S = (searches: readonly SearchRow[]) => searches.map(searchTallyOf)

describe('calendar keys (Paris time)', () => {
  it('keys a week by its Monday, in Paris time', () => {
    expect(weekKey('2026-11-20T10:00:00.000Z')).toBe('2026-11-16')
    expect(weekKey('2026-11-22T22:59:59.999Z')).toBe('2026-11-16') // Sunday 23:59 in Paris
    expect(weekKey('2026-11-22T23:30:00.000Z')).toBe('2026-11-23') // Monday 00:30 in Paris, still Sunday in UTC
    expect(weekKey('2026-03-29T10:00:00.000Z')).toBe('2026-03-23') // DST change Sunday
  })
  it('keys a month in Paris time', () => {
    expect(monthKey('2026-10-31T23:30:00.000Z')).toBe('2026-11') // 1 November 00:30 in Paris
    expect(monthKey('2026-10-31T22:30:00.000Z')).toBe('2026-10')
  })
  it('lists every week, across a year end', () => {
    expect(weekKeysBetween(new Date('2026-12-20T12:00:00Z'), new Date('2027-01-06T12:00:00Z'))).toEqual([
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
    ])
  })
})

describe('delayState and handledWithinDelayShare', () => {
  it.each<[keyof typeof LEADS, string]>([
    ['takenInTime', 'in_time'],
    ['closedInTimeWithoutTaking', 'in_time'],
    ['takenLate', 'late'],
    ['overdueTwoDays', 'overdue'],
    ['overdueOtherPartner', 'overdue'],
    ['dueToday', 'pending'],
    ['dueLater', 'pending'],
    ['anonymisedClosedInTime', 'in_time'],
    ['anonymisedNeverHandled', 'overdue'],
    ['askedNoAnswer', 'in_time'],
  ])('%s → %s', (key, expected) => {
    expect(delayState(LEADS[key], NOW)).toBe(expected)
  })

  it('counts a lead due at 23:59:59.999 and taken at that instant as in time', () => {
    expect(delayState(lead({ status: 'en_cours', timeline: { takenAt: endOf('2026-11-19') } }), NOW)).toBe('in_time')
    expect(delayState(lead({ status: 'en_cours', timeline: { takenAt: '2026-11-19T23:00:00.000Z' } }), NOW)).toBe('late')
  })

  it('leaves leads still within their delay out of the share', () => {
    expect(handledWithinDelayShare(T(ALL))).toEqual({ inTime: 4, late: 1, overdue: 4, pending: 3, measured: 9, share: 4 / 9 })
  })

  it('has no share without any measurable lead', () => {
    expect(handledWithinDelayShare(T([LEADS.dueLater])).share).toBeNull()
    expect(handledWithinDelayShare([])).toEqual({ inTime: 0, late: 0, overdue: 0, pending: 0, measured: 0, share: null })
  })
})

describe('leadsPerWeek', () => {
  it('counts leads per Paris week, with the empty weeks, and ignores leads outside the period', () => {
    const period = { from: new Date('2026-10-25T23:00:00.000Z'), to: new Date('2026-11-20T23:00:00.000Z') } // 26 Oct → 20 Nov (Paris)
    expect(leadsPerWeek(T(ALL), period)).toEqual([
      { week: '2026-10-26', count: 0 },
      { week: '2026-11-02', count: 1 },
      { week: '2026-11-09', count: 1 }, // created Sunday 15 November
      { week: '2026-11-16', count: 8 },
    ])
  })
})

describe('countBy', () => {
  it('counts per key, the largest first', () => {
    expect(countBy(ALL, (row) => row.theme)).toEqual([
      { key: 100, count: 10 },
      { key: 101, count: 2 },
    ])
  })
})

describe('outcomeBreakdown', () => {
  it('counts closed leads per outcome, every outcome listed', () => {
    const breakdown = outcomeBreakdown(T(ALL))
    expect(breakdown).toHaveLength(7)
    expect(Object.fromEntries(breakdown.map((o) => [o.outcome, o.count]))).toEqual({
      solution_trouvee: 1,
      rdv_fixe: 1,
      orientee_ailleurs: 0,
      injoignable: 1,
      pas_interessee: 0,
      non_eligible: 0,
      autre: 0,
    })
    expect(breakdown[0].label).toBe('Solution trouvée')
  })
  it('ignores the outcome of a lead that is not closed', () => {
    expect(outcomeBreakdown(T([lead({ status: 'en_cours', outcome: 'autre' })])).every((o) => o.count === 0)).toBe(true)
  })
})

describe('followUpAnswers', () => {
  it('counts questions asked and answers, anonymised leads included', () => {
    expect(followUpAnswers(T(ALL))).toEqual({ asked: 3, answered: 2, unanswered: 1, yes: 1, no: 1, yesShare: 0.5 })
  })
})

describe('overdueByPartner and daysLate', () => {
  it('lists open leads past their due date per organisation, the most (then the longest) overdue first', () => {
    expect(overdueByPartner(ALL, NOW)).toEqual([
      // the anonymised lead, never handled, was due on 7 October 00:59 in Paris (summer time): 44 days late
      { partner: 12, count: 2, maxDaysLate: 44 },
      { partner: 11, count: 2, maxDaysLate: 2 },
    ])
  })
  it('counts calendar days in Paris after the due day', () => {
    expect(daysLate(LEADS.overdueOneDay, NOW)).toBe(1)
    expect(daysLate(LEADS.overdueTwoDays, NOW)).toBe(2)
    expect(daysLate(LEADS.dueToday, NOW)).toBe(0)
    // 00:30 in Paris the day after the due day: one day late
    expect(daysLate(LEADS.dueToday, new Date('2026-11-20T23:30:00.000Z'))).toBe(1)
  })
})

describe('the partner inbox', () => {
  it.each<[keyof typeof LEADS, string]>([
    ['overdueOneDay', 'overdue'],
    ['dueToday', 'today'],
    ['dueTomorrow', 'tomorrow'],
    ['dueLater', 'new'],
    ['takenInTime', 'in_progress'],
    ['takenLate', 'closed'],
  ])('%s → %s', (key, group) => {
    expect(inboxGroup(LEADS[key], NOW)).toBe(group)
  })

  it.each<[keyof typeof LEADS, number]>([
    ['overdueOneDay', 1],
    ['overdueTwoDays', 2],
    ['dueToday', 0],
    ['askedNoAnswer', 0], // in progress, past its due date: not shown as late
    ['takenLate', 0],
  ])('shows %s as %d day(s) late', (key, days) => {
    expect(inboxDaysLate(LEADS[key], NOW)).toBe(days)
  })

  it('sums up what is to do today', () => {
    expect(inboxSummary(ALL, NOW)).toEqual({ nouvelles: 7, enCours: 2, horsDelai: 4, dueToday: 1, dueTomorrow: 1 })
  })

  it('sorts overdue first (oldest due date first), then today, tomorrow, new, in progress', () => {
    const open = [LEADS.takenInTime, LEADS.dueLater, LEADS.dueTomorrow, LEADS.overdueOneDay, LEADS.dueToday, LEADS.overdueTwoDays]
    expect(sortInbox(open, NOW).map((row) => row.id)).toEqual(
      [LEADS.overdueTwoDays, LEADS.overdueOneDay, LEADS.dueToday, LEADS.dueTomorrow, LEADS.dueLater, LEADS.takenInTime].map((row) => row.id),
    )
  })
})

const SEARCHES: SearchRow[] = [
  { createdAt: '2026-10-03T09:00:00.000Z', territory: 1, theme: 100, commune: 1000, resultCount: 4 },
  { createdAt: '2026-10-04T09:00:00.000Z', territory: 1, theme: 101, commune: 1000, resultCount: 0 },
  { createdAt: '2026-11-04T09:00:00.000Z', territory: 1, theme: 101, commune: 1001, resultCount: 0 },
  { createdAt: '2026-11-05T09:00:00.000Z', territory: 2, theme: 101, commune: 1001, resultCount: 0 },
  { createdAt: '2026-11-06T09:00:00.000Z', territory: 2, theme: 100, commune: 1002, resultCount: 0 },
  { createdAt: '2026-11-07T09:00:00.000Z', territory: 2, theme: 100, commune: 1002, resultCount: 2 },
]

describe('searchesWithoutResults', () => {
  it('counts searches without any result by theme and by commune', () => {
    expect(searchesWithoutResults(S(SEARCHES))).toEqual({
      total: 6,
      withoutResults: 4,
      byTheme: [
        { theme: 101, count: 3 },
        { theme: 100, count: 1 },
      ],
      byCommune: [
        { commune: 1001, count: 2 },
        { commune: 1000, count: 1 },
        { commune: 1002, count: 1 },
      ],
    })
  })
})

describe('monthlyNationalSeries', () => {
  it('gives every month of the period its searches, leads, delay and answers', () => {
    const period = { from: new Date('2026-08-31T22:00:00.000Z'), to: new Date('2026-11-30T23:00:00.000Z') } // September → November
    const series = monthlyNationalSeries(T(ALL), S(SEARCHES), period)
    expect(series.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11'])
    expect(series[0]).toEqual({
      month: '2026-09',
      searches: 0,
      searchesWithoutResults: 0,
      leads: 0,
      handledInTime: 0,
      measured: 0,
      share: null,
      overdueNow: 0,
      closed: 0,
      followUpYes: 0,
      followUpNo: 0,
      followUpYesShare: null,
    })
    expect(series[1]).toEqual({
      month: '2026-10',
      searches: 2,
      searchesWithoutResults: 1,
      leads: 2,
      handledInTime: 1,
      measured: 2,
      share: 0.5,
      overdueNow: 1, // the anonymised lead never handled
      closed: 1,
      followUpYes: 1,
      followUpNo: 1,
      followUpYesShare: 0.5,
    })
    expect(series[2]).toEqual({
      month: '2026-11',
      searches: 4,
      searchesWithoutResults: 3,
      leads: 10,
      handledInTime: 3,
      measured: 7,
      share: 3 / 7,
      overdueNow: 3,
      closed: 2,
      followUpYes: 0,
      followUpNo: 0,
      followUpYesShare: null,
    })
  })
})

describe('territoryComparison', () => {
  it('compares territories, listed ones first, even without data', () => {
    const rows = territoryComparison(T(ALL), S(SEARCHES), [3, 1])
    expect(rows.map((row) => row.territory)).toEqual([3, 1, 2])
    expect(rows[0]).toMatchObject({ leads: 0, searches: 0, share: null })
    expect(rows[1]).toEqual({
      territory: 1,
      searches: 3,
      searchesWithoutResults: 2,
      leads: 9,
      handledInTime: 3,
      measured: 6,
      share: 0.5,
      overdueNow: 2,
      closed: 2,
      followUpYes: 0,
      followUpNo: 0,
      followUpYesShare: null,
    })
    expect(rows[2]).toEqual({
      territory: 2,
      searches: 3,
      searchesWithoutResults: 2,
      leads: 3,
      handledInTime: 1,
      measured: 3,
      share: 1 / 3,
      overdueNow: 2,
      closed: 1,
      followUpYes: 1,
      followUpNo: 1,
      followUpYesShare: 0.5,
    })
  })
})

describe('periods', () => {
  it('covers the last weeks and months in Paris time, today included', () => {
    expect(lastWeeks(2, NOW)).toEqual({ from: new Date('2026-11-08T23:00:00.000Z'), to: new Date('2026-11-20T23:00:00.000Z') })
    expect(lastMonths(3, NOW)).toEqual({ from: new Date('2026-08-31T22:00:00.000Z'), to: new Date('2026-11-20T23:00:00.000Z') })
    expect(periodParams(lastMonths(3, NOW))).toEqual({ from: '2026-09-01', to: '2026-11-20' })
  })
  it('gives the weeks and months a period touches with the Paris instant each starts, across the change of time', () => {
    const period = { from: new Date('2026-10-20T22:00:00.000Z'), to: new Date('2026-11-03T23:00:00.000Z') } // 21 Oct → 3 Nov (Paris)
    expect(weekBuckets(period)).toEqual([
      { key: '2026-10-19', start: new Date('2026-10-18T22:00:00.000Z') }, // summer time
      { key: '2026-10-26', start: new Date('2026-10-25T23:00:00.000Z') }, // winter time from 25 October
      { key: '2026-11-02', start: new Date('2026-11-01T23:00:00.000Z') },
    ])
    expect(monthBuckets(period)).toEqual([
      { key: '2026-10', start: new Date('2026-09-30T22:00:00.000Z') },
      { key: '2026-11', start: new Date('2026-10-31T23:00:00.000Z') },
    ])
  })
  it.each<[string, string, string[]]>([
    ['2026-09-01', '2026-11-21', ['2026-09-01', '2026-10-01']], // the last 3 months on 20 November: November is begun
    ['2026-09-01', '2026-12-01', ['2026-09-01', '2026-10-01', '2026-11-01']],
    ['2026-09-02', '2026-10-31', []], // September begun late, October one day short
    ['2026-11-30', '2027-01-01', ['2026-12-01']], // across the year end
  ])('counts from %s to %s (excluded) with the whole months %j', (from, to, whole) => {
    const period = { from: new Date(`${from}T00:00:00+01:00`), to: new Date(`${to}T00:00:00+01:00`) }
    expect(fullMonths(monthBuckets(period), from, to)).toEqual(whole)
  })
  it('parses query dates (both days included) and refuses malformed ones', () => {
    const fallback = lastMonths(1, NOW)
    expect(parsePeriod('2026-01-01', '2026-01-31', fallback)).toEqual({
      from: new Date('2025-12-31T23:00:00.000Z'),
      to: new Date('2026-01-31T23:00:00.000Z'),
    })
    expect(parsePeriod(null, null, fallback)).toEqual(fallback)
    expect(parsePeriod('2026-02-30', null, fallback)).toEqual({ error: expect.stringContaining('from') })
    expect(parsePeriod('2026-03-01', '2026-02-01', fallback)).toEqual({ error: expect.stringContaining('précéder') })
    expect(parsePeriod('2016-01-01', '2025-12-31', fallback)).not.toHaveProperty('error')
    expect(parsePeriod('1900-01-01', '9999-12-31', fallback)).toEqual({ error: 'La période ne peut pas dépasser 10 ans.' })
  })
})

describe('a statistics table as CSV', () => {
  it('is written by the one CSV writer and read back by the one parser', () => {
    const csv = statTableToCsv({
      id: 't',
      title: 'T',
      columns: ['Organisme', 'Demandes'],
      rows: [
        ['CCAS; « Cahors »', 3],
        ['Dit "oui"', null],
      ],
    })
    expect(csv.startsWith('\uFEFFOrganisme;Demandes\r\n')).toBe(true)
    expect(csv).toContain('"CCAS; « Cahors »";3\r\n')
    const parsed = parseCsv(csv)
    expect([parsed.headers, ...parsed.records.map((record) => record.cells)]).toEqual([
      ['Organisme', 'Demandes'],
      ['CCAS; « Cahors »', '3'],
      ['Dit "oui"', ''],
    ])
  })
})

describe('shares', () => {
  it.each<[number, number, number | null, number | null, string]>([
    // part, whole → share, chart percentage, as shown
    [4, 9, 4 / 9, 44.4, '44,4 %'],
    [1, 2, 0.5, 50, '50 %'],
    [2, 3, 2 / 3, 66.7, '66,7 %'],
    [1, 3, 1 / 3, 33.3, '33,3 %'],
    [3, 3, 1, 100, '100 %'],
    [0, 5, 0, 0, '0 %'],
    [0, 0, null, null, '—'],
  ])('%d / %d', (part, whole, share, percent, shown) => {
    expect(shareOf(part, whole)).toBe(share)
    expect(sharePercent(shareOf(part, whole))).toBe(percent)
    expect(formatShare(shareOf(part, whole))).toBe(shown)
  })
})

describe('counts of a set of leads', () => {
  it.each<[string, LeadRow[], { overdueNow: number; closed: number; themes: { theme: number; count: number }[] }]>([
    ['none', [], { overdueNow: 0, closed: 0, themes: [] }],
    [
      'all the table',
      ALL,
      {
        overdueNow: 4,
        closed: 3,
        themes: [
          { theme: 100, count: 10 },
          { theme: 101, count: 2 },
        ],
      },
    ],
    ['in progress past its due date is not « hors délai »', [LEADS.askedNoAnswer], { overdueNow: 0, closed: 0, themes: [{ theme: 100, count: 1 }] }],
    ['new past its due date is', [LEADS.overdueOtherPartner], { overdueNow: 1, closed: 0, themes: [{ theme: 101, count: 1 }] }],
    ['closed late', [LEADS.takenLate], { overdueNow: 0, closed: 1, themes: [{ theme: 100, count: 1 }] }],
  ])('%s', (_, leads, expected) => {
    expect({ overdueNow: countOverdueNow(leads, NOW), closed: countClosed(T(leads)), themes: leadsPerTheme(T(leads)) }).toEqual(expected)
  })

  it('counts as many leads « hors délai » as the per-organisation table sums', () => {
    expect(countOverdueNow(ALL, NOW)).toBe(overdueByPartner(ALL, NOW).reduce((sum, entry) => sum + entry.count, 0))
  })
})

describe('activityFigures: one slice (a month, a territory)', () => {
  it.each<[string, LeadRow[], SearchRow[], Partial<ReturnType<typeof activityFigures>>]>([
    [
      'nothing at all',
      [],
      [],
      { leads: 0, searches: 0, searchesWithoutResults: 0, measured: 0, share: null, followUpYesShare: null, overdueNow: 0, closed: 0 },
    ],
    ['only searches', [], SEARCHES, { leads: 0, searches: 6, searchesWithoutResults: 4, share: null }],
    ['answers yes and no', [LEADS.anonymisedClosedInTime, LEADS.anonymisedNeverHandled], [], { followUpYes: 1, followUpNo: 1, followUpYesShare: 0.5 }],
    ['pending leads are not measured', [LEADS.dueToday, LEADS.takenInTime], [], { leads: 2, handledInTime: 1, measured: 1, share: 1 }],
  ])('%s', (_, leads, searches, expected) => {
    expect(activityFigures(T(leads), S(searches))).toMatchObject(expected)
  })

  it('agrees with the lead formulas it is made of', () => {
    const figures = activityFigures(T(ALL), S(SEARCHES))
    const delay = handledWithinDelayShare(T(ALL))
    const answers = followUpAnswers(T(ALL))
    expect(figures).toEqual({
      searches: 6,
      searchesWithoutResults: 4,
      leads: ALL.length,
      handledInTime: delay.inTime,
      measured: delay.measured,
      share: delay.share,
      overdueNow: countOverdueNow(ALL, NOW),
      closed: countClosed(T(ALL)),
      followUpYes: answers.yes,
      followUpNo: answers.no,
      followUpYesShare: answers.yesShare,
    })
  })

  it.each<[string, number[], number[]]>([
    ['no listed territory: those of the rows, leads first', [], [1, 2]],
    ['listed first, in that order, without duplicates', [2, 5], [2, 5, 1]],
  ])('comparedTerritories: %s', (_, listed, expected) => {
    expect(comparedTerritories(T(ALL), S(SEARCHES), listed)).toEqual(expected)
  })
})

describe('tallies: counted groups of rows', () => {
  /** The tallies grouped on `keys` only, as a GROUP BY would give them. */
  const grouped = <K extends keyof ReturnType<typeof leadTallyOf>>(keys: K[]) => {
    const groups = new Map<string, Record<string, unknown> & { count: number }>()
    for (const tally of T(ALL)) {
      const picked = Object.fromEntries(keys.map((key) => [key, tally[key]]))
      const id = JSON.stringify(picked)
      const group = groups.get(id) ?? { ...picked, count: 0 }
      group.count += 1
      groups.set(id, group)
    }
    return [...groups.values()]
  }

  it('gives every figure of a group of leads once, whatever the grouping', () => {
    const byMonth = grouped(['month', 'status', 'delay', 'asked', 'answer'])
    expect(byMonth.length).toBeLessThan(ALL.length)
    expect(handledWithinDelayShare(byMonth)).toEqual(handledWithinDelayShare(T(ALL)))
    expect(followUpAnswers(byMonth)).toEqual(followUpAnswers(T(ALL)))
    expect(countClosed(byMonth)).toBe(3)
    const period = { from: new Date('2026-08-31T22:00:00.000Z'), to: new Date('2026-11-30T23:00:00.000Z') }
    expect(monthlyNationalSeries(byMonth, [], period)).toEqual(monthlyNationalSeries(T(ALL), [], period))
    expect(leadsPerTheme(grouped(['theme']))).toEqual(leadsPerTheme(T(ALL)))
    expect(outcomeBreakdown(grouped(['status', 'outcome']))).toEqual(outcomeBreakdown(T(ALL)))
    expect(leadsPerWeek(grouped(['week']), period)).toEqual(leadsPerWeek(T(ALL), period))
    expect(territoryComparison(grouped(['territory', 'status', 'delay', 'asked', 'answer']), [], [1])).toEqual(territoryComparison(T(ALL), [], [1]))
  })

  it('describes one lead with every dimension', () => {
    expect(leadTallyOf(LEADS.anonymisedNeverHandled, NOW)).toEqual({
      count: 1,
      month: '2026-10',
      week: '2026-10-05',
      territory: 2,
      theme: 100,
      status: 'nouvelle',
      outcome: null,
      delay: 'overdue',
      asked: true,
      answer: 'non',
    })
  })

  it('takes the breakdowns of searches from their own groups when given apart', () => {
    const totals = [{ count: 6, withoutResults: 4 }]
    const byTheme = [
      { count: 3, withoutResults: 3, theme: 101 },
      { count: 3, withoutResults: 1, theme: 100 },
    ]
    const byCommune = [
      { count: 2, withoutResults: 2, commune: 1001 },
      { count: 1, withoutResults: 1, commune: 1000 },
      { count: 1, withoutResults: 1, commune: 1002 },
    ]
    expect(searchesWithoutResults(totals, byTheme, byCommune)).toEqual(searchesWithoutResults(S(SEARCHES)))
  })
})

describe('the partner network to follow', () => {
  it.each<[string, { status?: string | null; expiresAt?: string | null }, string]>([
    ['pending signature', { status: 'en_attente', expiresAt: null }, 'En attente de signature'],
    ['pending, even with a past date', { status: 'en_attente', expiresAt: '2026-01-01T00:00:00.000Z' }, 'En attente de signature'],
    ['signed, expired yesterday', { status: 'signee', expiresAt: '2026-11-19T10:00:00.000Z' }, 'Échue'],
    ['signed, expires this very instant', { status: 'signee', expiresAt: NOW.toISOString() }, 'Arrive à échéance'],
    ['signed, expires in a month', { status: 'signee', expiresAt: '2026-12-20T10:00:00.000Z' }, 'Arrive à échéance'],
  ])('charter %s → %s', (_, charter, situation) => {
    expect(charterSituation(charter, NOW)).toBe(situation)
  })

  it('follows signed charters expiring within 60 days', () => {
    expect(charterExpiryLimit(NOW).toISOString()).toBe('2027-01-19T10:00:00.000Z')
  })

  it.each<[string, number[], number[]]>([
    ['every organisation has a published offer', [1, 2, 3], []],
    ['none has', [], [1, 2, 3]],
    ['some have (the list order is kept)', [2, 2, 9], [1, 3]],
  ])('organisations without a published offer: %s', (_, published, expected) => {
    const partners = [{ id: 1 }, { id: 2 }, { id: 3 }]
    expect(partnersWithoutPublishedOffer(partners, published).map((partner) => partner.id)).toEqual(expected)
  })
})
