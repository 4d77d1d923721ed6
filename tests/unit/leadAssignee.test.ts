import { describe, expect, it } from '@jest/globals'

import { assigneeError, type AssigneeCandidate } from '../../src/domain/leads/assignee'

const OTHER_ORG = 'La demande ne peut être attribuée qu’à un membre de l’organisme qui la reçoit.'

describe('assigneeError (lead of organisation 7)', () => {
  it.each<[string, AssigneeCandidate | null, string | null]>([
    ['active member', { role: 'partner', partner: 7, active: true }, null],
    ['member, active not set', { role: 'partner', partner: 7 }, null],
    ['member of another organisation', { role: 'partner', partner: 8, active: true }, OTHER_ORG],
    ['member without organisation', { role: 'partner', partner: null, active: true }, OTHER_ORG],
    ['animator', { role: 'animator', partner: null, active: true }, OTHER_ORG],
    ['admin with the same partner set', { role: 'admin', partner: 7, active: true }, OTHER_ORG],
    ['inactive member', { role: 'partner', partner: 7, active: false }, 'Ce compte est désactivé : attribuez la demande à un membre actif de l’organisme.'],
    ['unknown account', null, 'Ce compte n’existe pas.'],
  ])('%s', (_case, candidate, expected) => {
    expect(assigneeError(candidate, 7)).toBe(expected)
  })
})
