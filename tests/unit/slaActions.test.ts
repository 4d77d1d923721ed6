import { describe, expect, it } from '@jest/globals'

import { slaActions, type SlaLead } from '../../src/domain/leads/slaActions'

const SLA = { reminderHoursBeforeDue: 24, followUpDaysAfterDue: 3 }
const DUE = '2026-12-10T22:59:59.999Z'

const lead = (overrides: Partial<SlaLead> = {}): SlaLead =>
  ({ status: 'nouvelle', dueAt: DUE, overdue: false, contact: { email: 'lea@example.fr' }, timeline: {}, ...overrides }) as SlaLead

/** What the SLA sweep owes a lead, at a given instant: each action once, and none for an erased lead. */
describe('slaActions', () => {
  it.each([
    ['a new lead, two days before its due date', lead(), '2026-12-08T12:00:00Z', { remind: false, flagOverdue: false, followUp: false }],
    ['a new lead, within 24 h of its due date', lead(), '2026-12-10T00:00:00Z', { remind: true, flagOverdue: false, followUp: false }],
    [
      'already reminded',
      lead({ timeline: { remindedAt: '2026-12-10T00:00:00Z' } }),
      '2026-12-10T12:00:00Z',
      { remind: false, flagOverdue: false, followUp: false },
    ],
    ['taken (en cours) before its due date', lead({ status: 'en_cours' }), '2026-12-10T12:00:00Z', { remind: false, flagOverdue: false, followUp: false }],
    ['still new after its due date', lead(), '2026-12-11T08:00:00Z', { remind: false, flagOverdue: true, followUp: false }],
    ['already flagged late', lead({ overdue: true }), '2026-12-11T08:00:00Z', { remind: false, flagOverdue: false, followUp: false }],
    ['three days after the due date, with an email', lead({ overdue: true }), '2026-12-13T23:00:00Z', { remind: false, flagOverdue: false, followUp: true }],
    ['three days after, closed meanwhile', lead({ status: 'cloturee' }), '2026-12-13T23:00:00Z', { remind: false, flagOverdue: false, followUp: true }],
    [
      'follow-up already sent',
      lead({ timeline: { followUpSentAt: '2026-12-13T23:00:00Z' } }),
      '2026-12-14T23:00:00Z',
      { remind: false, flagOverdue: true, followUp: false },
    ],
    [
      'erased (withdrawn)',
      lead({ timeline: { anonymizedAt: '2026-12-09T10:00:00Z' } }),
      '2026-12-14T23:00:00Z',
      { remind: false, flagOverdue: false, followUp: false },
    ],
    ['without a due date', lead({ dueAt: null }), '2026-12-14T23:00:00Z', { remind: false, flagOverdue: false, followUp: false }],
  ])('%s', (_label, subject, now, expected) => {
    expect(slaActions(subject, new Date(now), SLA)).toEqual(expected)
  })
})
