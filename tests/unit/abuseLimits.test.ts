import { describe, expect, it } from '@jest/globals'

import { attemptRefusal, type RecentAttempts } from '../../src/auth/loginThrottle'
import { leadRefusal, sendsAcknowledgement, type RecentLeads } from '../../src/domain/leads/leadLimits'
import { sanitizeOptions } from '../../src/plugins/boussole/core/options'

const limits = sanitizeOptions().rateLimits
const NOW = new Date('2026-12-01T12:00:00.000Z')
/** `count` times, one every `everyMinutes`, the last one `endMinutesAgo` before NOW. */
const times = (count: number, everyMinutes = 1, endMinutesAgo = 0): Date[] =>
  Array.from({ length: count }, (_, i) => new Date(NOW.getTime() - (endMinutesAgo + (count - 1 - i) * everyMinutes) * 60_000))
const leads = (recent: Partial<RecentLeads>): RecentLeads => ({ fromAddress: [], sameContactFromAddress: [], sameEmail: 0, samePhone: 0, ...recent })

describe('lead limits (defaults)', () => {
  it('has the documented defaults', () => {
    expect(limits).toMatchObject({ leadsPerIpPerHour: 60, leadsPerIpPerDay: 150, leadsPerContactPerDay: 5, acknowledgementsPerEmailPerDay: 5 })
  })
  // [case, recent leads, refused after (seconds) or null]
  const cases: Array<[string, Partial<RecentLeads>, number | null]> = [
    ['a class of 30, two requests each within the hour, the 60th goes through', { fromAddress: times(59) }, null],
    ['the 61st within the hour from one address is refused until the oldest is an hour old', { fromAddress: times(60) }, 60 * 60 - 59 * 60],
    ['60 an hour ago and 60 now: the hourly window only counts the last hour', { fromAddress: [...times(60, 0, 90), ...times(59)] }, null],
    ['150 over the day from one address: the 151st is refused', { fromAddress: times(150, 9) }, 24 * 3600 - 149 * 9 * 60],
    ['5 with the same contact from this address: refused for the day', { fromAddress: times(5), sameContactFromAddress: times(5) }, 24 * 3600 - 4 * 60],
    ['4 with the same contact from this address: accepted', { fromAddress: times(4), sameContactFromAddress: times(4) }, null],
    ['the same contact used 40 times elsewhere: never counted against this address', { sameEmail: 40 }, null],
  ]
  it.each(cases)('%s', (_case, recent, seconds) => {
    expect(leadRefusal(leads(recent), limits, NOW)?.seconds ?? null).toBe(seconds)
  })

  it.each([
    [0, true],
    [4, true],
    [5, false],
  ])('with %i leads for this e-mail address today, acknowledges by email: %s', (sameEmail, expected) => {
    expect(sendsAcknowledgement(leads({ sameEmail }), limits).email).toBe(expected)
  })

  it.each([
    [0, true],
    [2, true],
    [3, false],
    [40, false],
  ])('with %i leads for this phone number today, acknowledges by SMS: %s', (samePhone, expected) => {
    expect(sendsAcknowledgement(leads({ samePhone }), limits).sms).toBe(expected)
  })
})

describe('login limits (defaults)', () => {
  const attempts = (recent: Partial<RecentAttempts>): RecentAttempts => ({
    loginFailuresFromAddress: [],
    loginFailuresForAccountFromAddress: [],
    forgotPasswordFromAddress: [],
    ...recent,
  })
  const cases: Array<[string, 'login' | 'forgot-password', Partial<RecentAttempts>, number | null]> = [
    [
      '4 failures on one account from this address: the 5th attempt goes on',
      'login',
      { loginFailuresFromAddress: times(4), loginFailuresForAccountFromAddress: times(4) },
      null,
    ],
    [
      '5 failures on one account from this address: refused for 15 minutes from the first',
      'login',
      { loginFailuresFromAddress: times(5), loginFailuresForAccountFromAddress: times(5) },
      15 * 60 - 4 * 60,
    ],
    ['spraying: 10 failures on 10 accounts from this address', 'login', { loginFailuresFromAddress: times(10) }, 15 * 60 - 9 * 60],
    ['9 failures on other accounts: this one goes on', 'login', { loginFailuresFromAddress: times(9) }, null],
    ['5 forgotten-password requests from this address', 'forgot-password', { forgotPasswordFromAddress: times(5) }, 15 * 60 - 4 * 60],
    ['login failures do not limit forgotten-password requests', 'forgot-password', { loginFailuresFromAddress: times(10) }, null],
  ]
  it.each(cases)('%s', (_case, kind, recent, seconds) => {
    expect(attemptRefusal(kind, attempts(recent), limits, NOW)).toBe(seconds)
  })
})
