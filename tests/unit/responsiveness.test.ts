import { describe, expect, it } from '@jest/globals'

import { firstContactAfterMove, rescueFigures, type MoveRow } from '../../src/domain/statistics/rescues'
import {
  firstActionAt,
  hoursToFirstAction,
  isClosedByYoungPerson,
  median,
  medianTimeText,
  MIN_REQUESTS_FOR_RESPONSIVENESS,
  notEnoughRequestsText,
  promiseState,
  responsiveness,
  responsivenessCounts,
  responsivenessPhrase,
  responsivenessSentence,
  responsivenessWindow,
  wholeDaysUp,
  type PromiseState,
  type Responsiveness,
  type TimedLead,
} from '../../src/domain/statistics/responsiveness'

/** Wednesday 2 December 2026, 10:00 in Paris (winter time: UTC+1). */
const NOW = new Date('2026-12-02T09:00:00.000Z')
const CREATED = '2026-11-23T09:00:00.000Z'
const DUE = '2026-11-26T22:59:59.999Z'

const lead = (timeline: TimedLead['timeline'], extra: Partial<TimedLead> = {}): TimedLead => ({ createdAt: CREATED, dueAt: DUE, timeline, ...extra })

describe('firstActionAt', () => {
  it.each<[string, TimedLead, string | null]>([
    ['never handled', lead({}), null],
    ['taken', lead({ takenAt: '2026-11-24T08:00:00.000Z' }), '2026-11-24T08:00:00.000Z'],
    ['closed without being taken', lead({ closedAt: '2026-11-25T08:00:00.000Z' }, { outcome: 'rdv_fixe' }), '2026-11-25T08:00:00.000Z'],
    ['taken then closed: the earliest', lead({ takenAt: '2026-11-24T08:00:00.000Z', closedAt: '2026-11-25T08:00:00.000Z' }), '2026-11-24T08:00:00.000Z'],
    [
      'closed by the young person (plus intéressé(e), never taken): no action',
      lead({ closedAt: '2026-11-24T08:00:00.000Z' }, { outcome: 'pas_interessee' }),
      null,
    ],
    [
      'plus intéressé(e) after being taken: the taking counts',
      lead({ takenAt: '2026-11-24T08:00:00.000Z', closedAt: '2026-11-25T08:00:00.000Z' }, { outcome: 'pas_interessee' }),
      '2026-11-24T08:00:00.000Z',
    ],
    [
      'moved: a taking before the move belongs to the previous organisation',
      lead({ takenAt: '2026-11-24T08:00:00.000Z', movedAt: '2026-11-27T08:00:00.000Z' }),
      null,
    ],
    [
      'moved then taken by the new organisation',
      lead({ movedAt: '2026-11-27T08:00:00.000Z', takenAt: '2026-11-28T08:00:00.000Z' }),
      '2026-11-28T08:00:00.000Z',
    ],
  ])('%s', (_label, row, expected) => {
    expect(firstActionAt(row)?.toISOString() ?? null).toBe(expected)
  })

  it.each<[string, TimedLead, boolean]>([
    ['plus intéressé(e), never taken', lead({ closedAt: '2026-11-24T08:00:00.000Z' }, { outcome: 'pas_interessee' }), true],
    [
      'plus intéressé(e), taken first',
      lead({ takenAt: '2026-11-24T08:00:00.000Z', closedAt: '2026-11-25T08:00:00.000Z' }, { outcome: 'pas_interessee' }),
      false,
    ],
    ['another outcome', lead({ closedAt: '2026-11-24T08:00:00.000Z' }, { outcome: 'injoignable' }), false],
    ['still open', lead({}), false],
  ])('closed by the young person: %s', (_label, row, expected) => {
    expect(isClosedByYoungPerson(row)).toBe(expected)
  })
})

describe('promiseState and hoursToFirstAction', () => {
  it.each<[string, TimedLead, PromiseState, number | null]>([
    ['taken within the delay', lead({ takenAt: '2026-11-24T09:00:00.000Z' }), 'in_time', 24],
    ['taken at the last millisecond', lead({ takenAt: DUE }), 'in_time', (Date.parse(DUE) - Date.parse(CREATED)) / 3_600_000],
    ['taken after the delay', lead({ takenAt: '2026-11-27T09:00:00.000Z' }), 'late', 96],
    ['still waiting past the due date', lead({}), 'late', null],
    ['still waiting before the due date: left out', lead({}, { dueAt: '2026-12-03T22:59:59.999Z' }), 'left_out', null],
    [
      'closed by the young person before the due date: left out',
      lead({ closedAt: '2026-11-24T09:00:00.000Z' }, { outcome: 'pas_interessee' }),
      'left_out',
      null,
    ],
    ['closed by the young person after the due date: late', lead({ closedAt: '2026-11-28T09:00:00.000Z' }, { outcome: 'pas_interessee' }), 'late', null],
    ['no due date, taken', lead({ takenAt: '2026-11-23T12:00:00.000Z' }, { dueAt: null }), 'in_time', 3],
    ['no due date, waiting', lead({}, { dueAt: null }), 'left_out', null],
    [
      'moved: measured from the move, against the new due date',
      lead({ movedAt: '2026-11-27T09:00:00.000Z', takenAt: '2026-11-27T15:00:00.000Z' }, { dueAt: '2026-11-30T22:59:59.999Z' }),
      'in_time',
      6,
    ],
  ])('%s', (_label, row, state, hours) => {
    expect(promiseState(row, NOW)).toBe(state)
    if (hours === null) expect(hoursToFirstAction(row)).toBeNull()
    else expect(hoursToFirstAction(row)).toBeCloseTo(hours, 6)
  })
})

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 100], 10],
  ])('%j → %p', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})

describe('responsivenessWindow', () => {
  it.each<[string, string, string]>([
    // 90 Paris days, today included: from midnight 89 days ago to tomorrow's midnight
    ['2026-12-02T09:00:00.000Z', '2026-09-03T22:00:00.000Z', '2026-12-02T23:00:00.000Z'],
    ['2026-12-02T23:30:00.000Z', '2026-09-04T22:00:00.000Z', '2026-12-03T23:00:00.000Z'],
    ['2026-04-10T12:00:00.000Z', '2026-01-10T23:00:00.000Z', '2026-04-10T22:00:00.000Z'],
  ])('at %s', (now, from, to) => {
    const window = responsivenessWindow(new Date(now))
    expect([window.from.toISOString(), window.to.toISOString()]).toEqual([from, to])
  })
})

describe('responsivenessCounts', () => {
  const leads: TimedLead[] = [
    lead({ takenAt: '2026-11-23T11:00:00.000Z' }), // 2 h, in time
    lead({ takenAt: '2026-11-24T09:00:00.000Z' }), // 24 h, in time
    lead({ closedAt: '2026-11-28T09:00:00.000Z' }, { outcome: 'injoignable' }), // 120 h, late
    lead({}), // waiting past due: late
    lead({}, { dueAt: '2026-12-04T22:59:59.999Z' }), // waiting, within delay: left out
    lead({ closedAt: '2026-11-24T09:00:00.000Z' }, { outcome: 'pas_interessee' }), // young person closed it: left out
    lead({ takenAt: '2026-09-02T10:00:00.000Z' }, { createdAt: '2026-09-01T09:00:00.000Z', dueAt: '2026-09-04T21:59:59.999Z' }), // before the window
    lead(
      { movedAt: '2026-11-30T09:00:00.000Z', takenAt: '2026-11-30T13:00:00.000Z' },
      { createdAt: '2026-08-01T09:00:00.000Z', dueAt: '2026-12-03T22:59:59.999Z' },
    ), // moved into the window: 4 h, in time
  ]

  it('counts the requests whose wait began in the window, the in-time and late ones, the median hours', () => {
    expect(responsivenessCounts(leads, NOW)).toEqual({ requests: 7, inTime: 3, late: 2, medianHours: 14 })
  })

  it('counts nothing in an empty window', () => {
    expect(responsivenessCounts([], NOW)).toEqual({ requests: 0, inTime: 0, late: 0, medianHours: null })
  })
})

describe('responsiveness, the texts and the phrase', () => {
  it.each<[string, { requests: number; inTime: number; late: number; medianHours: number | null }, Responsiveness]>([
    ['no request', { requests: 0, inTime: 0, late: 0, medianHours: null }, { enough: false, requests: 0 }],
    ['one below the minimum', { requests: MIN_REQUESTS_FOR_RESPONSIVENESS - 1, inTime: 4, late: 0, medianHours: 3 }, { enough: false, requests: 4 }],
    ['at the minimum', { requests: 5, inTime: 3, late: 1, medianHours: 30 }, { enough: true, requests: 5, inTimeShare: 0.75, medianHours: 30 }],
    [
      'enough, all waiting within the delay',
      { requests: 6, inTime: 0, late: 0, medianHours: null },
      { enough: true, requests: 6, inTimeShare: null, medianHours: null },
    ],
  ])('%s', (_label, counts, expected) => {
    expect(responsiveness(counts)).toEqual(expected)
  })

  it.each<[Responsiveness, string | null]>([
    [{ enough: false, requests: 3 }, null],
    [{ enough: true, requests: 9, inTimeShare: 1, medianHours: null }, null],
    [{ enough: true, requests: 9, inTimeShare: 1, medianHours: 0 }, 'répond en général dans la journée'],
    [{ enough: true, requests: 9, inTimeShare: 1, medianHours: 23.5 }, 'répond en général dans la journée'],
    [{ enough: true, requests: 9, inTimeShare: 1, medianHours: 24 }, 'répond en général dans la journée'],
    [{ enough: true, requests: 9, inTimeShare: 1, medianHours: 24.1 }, 'répond en général sous 2 jours'],
    [{ enough: true, requests: 9, inTimeShare: 0.5, medianHours: 70 }, 'répond en général sous 3 jours'],
  ])('phrase of %j', (figure, expected) => {
    expect(responsivenessPhrase(figure)).toBe(expected)
  })

  it.each<[number | null, string]>([
    [null, '—'],
    [0.2, '1 heure'],
    [1.5, '2 heures'],
    [47.9, '48 heures'],
    [48, '2 jours'],
    [49, '3 jours'],
  ])('median time %p → %s', (hours, expected) => {
    expect(medianTimeText(hours)).toBe(expected)
  })

  it.each<[number, number]>([
    [0, 1],
    [20, 1],
    [25, 2],
    [72, 3],
  ])('%p hours → %p whole days', (hours, days) => {
    expect(wholeDaysUp(hours)).toBe(days)
  })

  it.each<[Responsiveness, string | null]>([
    [{ enough: false, requests: 4 }, null],
    [{ enough: true, requests: 5, inTimeShare: 1, medianHours: 5 }, 'Cet organisme répond en général dans la journée.'],
    [{ enough: true, requests: 5, inTimeShare: 1, medianHours: 26 }, 'Cet organisme répond en général sous 2 jours.'],
  ])('offer page sentence of %j', (figure, expected) => {
    expect(responsivenessSentence(figure)).toBe(expected)
  })

  it('says how many requests there are when not enough', () => {
    expect(notEnoughRequestsText(3)).toBe('pas encore assez de demandes (3 sur 90 jours)')
  })
})

describe('rescues', () => {
  const AT = '2026-11-27T09:00:00.000Z'
  const move = (kind: MoveRow['kind'], timeline: MoveRow['lead']['timeline'], outcome: MoveRow['lead']['outcome'] = null): MoveRow => ({
    kind,
    at: AT,
    lead: { createdAt: CREATED, outcome, timeline: { movedAt: AT, ...timeline } },
  })

  it.each<[string, MoveRow, string | null]>([
    ['not taken yet', move('reassigned', {}), null],
    ['taken after the move', move('reassigned', { takenAt: '2026-11-27T15:00:00.000Z' }), '2026-11-27T15:00:00.000Z'],
    ['closed by the new organisation', move('forwarded', { closedAt: '2026-11-28T09:00:00.000Z' }, 'rdv_fixe'), '2026-11-28T09:00:00.000Z'],
    ['closed by the young person: no contact', move('forwarded', { closedAt: '2026-11-28T09:00:00.000Z' }, 'pas_interessee'), null],
    [
      'moved again later, taken after that: still a contact after this move',
      move('reassigned', { movedAt: '2026-11-29T09:00:00.000Z', takenAt: '2026-11-30T09:00:00.000Z' }),
      '2026-11-30T09:00:00.000Z',
    ],
  ])('first contact after a move: %s', (_label, row, expected) => {
    expect(firstContactAfterMove(row)?.toISOString() ?? null).toBe(expected)
  })

  it('counts the moves, the taken ones and the median time to the first contact', () => {
    expect(
      rescueFigures([
        move('reassigned', { takenAt: '2026-11-27T15:00:00.000Z' }), // 6 h
        move('reassigned', { takenAt: '2026-11-28T09:00:00.000Z' }), // 24 h
        move('forwarded', { closedAt: '2026-11-30T09:00:00.000Z' }, 'solution_trouvee'), // 72 h
        move('forwarded', {}),
      ]),
    ).toEqual({ moved: 4, reassigned: 2, forwarded: 2, taken: 3, takenShare: 0.75, medianHoursToContact: 24 })
    expect(rescueFigures([])).toEqual({ moved: 0, reassigned: 0, forwarded: 0, taken: 0, takenShare: null, medianHoursToContact: null })
  })
})
