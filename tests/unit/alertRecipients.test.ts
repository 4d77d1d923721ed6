import { describe, expect, it } from '@jest/globals'

import { alertRecipients, type AlertAudience, type AlertMember } from '../../src/domain/partners/alertRecipients'

const TODAY = '2026-12-02T09:00:00.000Z'
const away = { from: '2026-12-01T12:00:00.000Z', until: '2026-12-04T12:00:00.000Z' }
const pastAbsence = { from: '2026-11-20T12:00:00.000Z', until: '2026-11-25T12:00:00.000Z' }
const member = (id: number, overrides: Partial<AlertMember> = {}): AlertMember => ({ id, email: `pro${id}@orga.test`, optedIn: true, ...overrides })

describe('alertRecipients: offer addresses, then the assignee or the present colleagues, never nobody', () => {
  it.each<[string, Omit<AlertAudience, 'today'>, string[]]>([
    ['everyone present and opted in', { offerAddresses: [], members: [member(1), member(2)] }, ['pro1@orga.test', 'pro2@orga.test']],
    [
      'the offer’s addresses first, each address once',
      { offerAddresses: ['Accueil@Orga.test', 'pro1@orga.test'], members: [member(1)] },
      ['accueil@orga.test', 'pro1@orga.test'],
    ],
    ['an opted-out member is left out', { offerAddresses: [], members: [member(1), member(2, { optedIn: false })] }, ['pro1@orga.test']],
    ['an absent member is left out', { offerAddresses: [], members: [member(1, { absence: away }), member(2)] }, ['pro2@orga.test']],
    ['a past absence does not count', { offerAddresses: [], members: [member(1, { absence: pastAbsence }), member(2)] }, ['pro1@orga.test', 'pro2@orga.test']],
    ['an open-ended absence counts', { offerAddresses: [], members: [member(1, { absence: { from: away.from } }), member(2)] }, ['pro2@orga.test']],
    [
      'the present assignee only (with the offer’s addresses)',
      { offerAddresses: ['accueil@orga.test'], members: [member(1), member(2)], assigneeId: 2 },
      ['accueil@orga.test', 'pro2@orga.test'],
    ],
    ['the assignee even if they opted out', { offerAddresses: [], members: [member(1), member(2, { optedIn: false })], assigneeId: 2 }, ['pro2@orga.test']],
    [
      'an absent assignee: the present colleagues',
      { offerAddresses: [], members: [member(1), member(2, { absence: away }), member(3)], assigneeId: 2 },
      ['pro1@orga.test', 'pro3@orga.test'],
    ],
    [
      'an assignee no longer active: the colleagues',
      { offerAddresses: [], members: [member(1), member(3)], assigneeId: 9 },
      ['pro1@orga.test', 'pro3@orga.test'],
    ],
    [
      'everyone absent, no offer address: everyone who opted in',
      { offerAddresses: [], members: [member(1, { absence: away }), member(2, { absence: away }), member(3, { absence: away, optedIn: false })] },
      ['pro1@orga.test', 'pro2@orga.test'],
    ],
    [
      'everyone absent, with an offer address: that address only',
      { offerAddresses: ['accueil@orga.test'], members: [member(1, { absence: away })] },
      ['accueil@orga.test'],
    ],
    [
      'the present ones opted out, the absent one opted in: the absent one',
      { offerAddresses: [], members: [member(1, { optedIn: false }), member(2, { absence: away })] },
      ['pro2@orga.test'],
    ],
    [
      'assignee absent, everyone else absent too: everyone who opted in',
      { offerAddresses: [], members: [member(1, { absence: away }), member(2, { absence: away })], assigneeId: 1 },
      ['pro1@orga.test', 'pro2@orga.test'],
    ],
    ['no member, no address: nobody', { offerAddresses: [], members: [] }, []],
  ])('%s', (_case, audience, expected) => {
    expect(alertRecipients({ ...audience, today: TODAY })).toEqual(expected)
  })
})
