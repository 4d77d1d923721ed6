import { FOLLOW_UP_CORRECTION_DAYS, followUpCorrectableUntil, followUpDecision } from '../../src/domain/leads/followUpAnswer'

const ANSWERED = '2026-12-01T08:00:00.000Z'

describe('followUpDecision', () => {
  it.each([
    ['a first answer', { answer: null, answeredAt: null }, 'oui', '2026-12-01T08:00:00.000Z', 'record'],
    ['a first answer, fields missing', { answer: undefined, answeredAt: undefined }, 'non', '2026-12-01T08:00:00.000Z', 'record'],
    ['the same answer again', { answer: 'oui', answeredAt: ANSWERED }, 'oui', '2026-12-01T08:05:00.000Z', 'same'],
    ['the same answer again, long after', { answer: 'non', answeredAt: ANSWERED }, 'non', '2027-03-01T00:00:00.000Z', 'same'],
    ['a different answer a minute later', { answer: 'oui', answeredAt: ANSWERED }, 'non', '2026-12-01T08:01:00.000Z', 'correct'],
    ['a different answer on the last morning', { answer: 'non', answeredAt: ANSWERED }, 'oui', '2026-12-08T07:59:59.999Z', 'correct'],
    ['a different answer when the 7 days are over', { answer: 'non', answeredAt: ANSWERED }, 'oui', '2026-12-08T08:00:00.000Z', 'too-late'],
    ['a different answer, dates as Date objects', { answer: 'oui', answeredAt: new Date(ANSWERED) }, 'non', '2026-12-02T00:00:00.000Z', 'correct'],
  ] as const)('%s → %s', (_label, previous, answer, now, expected) => {
    expect(followUpDecision(previous, answer, new Date(now))).toBe(expected)
  })

  it(`keeps a recorded answer correctable for ${FOLLOW_UP_CORRECTION_DAYS} days, and nothing before an answer`, () => {
    expect(followUpCorrectableUntil({ answer: 'oui', answeredAt: ANSWERED })?.toISOString()).toBe('2026-12-08T08:00:00.000Z')
    expect(followUpCorrectableUntil({ answer: null, answeredAt: null })).toBeNull()
  })
})
