import { describe, expect, it } from '@jest/globals'

import { MAX_MOVE_REASON_LENGTH, moveError, moveKindFor, movedLeadDates, moveNote, type MoveRequest } from '../../src/domain/leads/leadMoves'

/** An animator of territory 1 reassigning an open request of organisation 10 to organisation 20's published offer. */
const base: MoveRequest = {
  actorRole: 'animator',
  actorPartnerId: null,
  actorTerritoryIds: [1],
  kind: 'reassigned',
  lead: { status: 'nouvelle', partnerId: 10, territoryId: 1, erased: false },
  target: { offerId: 200, partnerId: 20, territoryId: 1, published: true, pausedOnDay: false },
  reason: 'Pas de réponse depuis 5 jours',
}
const professional = { actorRole: 'partner', actorPartnerId: 10, actorTerritoryIds: [1], kind: 'forwarded' as const }

describe('moveError', () => {
  it.each<[string, Partial<MoveRequest>, string | null]>([
    ['an animator of the territory reassigns', {}, null],
    ['an animator reassigns a request taken in charge', { lead: { ...base.lead, status: 'en_cours' } }, null],
    ['an administrator reassigns anywhere', { actorRole: 'admin', actorTerritoryIds: [] }, null],
    ['an animator of another territory', { actorTerritoryIds: [2] }, 'by'],
    ['a professional may not reassign', { actorRole: 'partner', actorPartnerId: 10 }, 'by'],
    ['a signed-out caller', { actorRole: null }, 'by'],
    ['the lead’s professional forwards', professional, null],
    ['a professional of another organisation forwards', { ...professional, actorPartnerId: 30 }, 'by'],
    ['an animator of the territory forwards', { kind: 'forwarded' }, null],
    ['an animator of another territory forwards', { kind: 'forwarded', actorTerritoryIds: [2] }, 'by'],
    ['an unknown kind', { kind: 'closed' as never }, 'kind'],
    ['a closed request', { lead: { ...base.lead, status: 'cloturee' } }, 'lead'],
    ['an erased request', { lead: { ...base.lead, erased: true } }, 'lead'],
    ['a target of the same organisation', { target: { ...base.target, partnerId: 10 } }, 'offer'],
    ['an unpublished target', { target: { ...base.target, published: false } }, 'offer'],
    ['a paused target', { target: { ...base.target, pausedOnDay: true } }, 'offer'],
    ['a target in another territory', { target: { ...base.target, territoryId: 2 } }, 'offer'],
    ['no reason', { reason: undefined }, 'reason'],
    ['a blank reason', { reason: '   \n ' }, 'reason'],
    ['a reason that is not text', { reason: 42 }, 'reason'],
    ['the longest reason (padded with blanks)', { reason: ` ${'a'.repeat(MAX_MOVE_REASON_LENGTH)} ` }, null],
    ['a reason too long', { reason: 'a'.repeat(MAX_MOVE_REASON_LENGTH + 1) }, 'reason'],
    ['who is checked before the target', { actorTerritoryIds: [2], target: { ...base.target, published: false } }, 'by'],
    ['the lead is checked before the reason', { lead: { ...base.lead, status: 'cloturee' }, reason: '' }, 'lead'],
  ])('%s', (_case, overrides, field) => {
    const error = moveError({ ...base, ...overrides })
    expect(error?.field ?? null).toBe(field)
    if (error) expect(error.message).toMatch(/^[A-ZÀ-Ý].+\.$/)
  })
})

describe('moveKindFor', () => {
  it.each<[string, Partial<MoveRequest>, string | null]>([
    ['an animator of the territory reassigns', {}, 'reassigned'],
    ['an administrator reassigns', { actorRole: 'admin', actorTerritoryIds: [] }, 'reassigned'],
    ['an animator of another territory may not', { actorTerritoryIds: [2] }, null],
    ['the lead’s professional forwards', { actorRole: 'partner', actorPartnerId: 10 }, 'forwarded'],
    ['another organisation’s professional may not', { actorRole: 'partner', actorPartnerId: 30 }, null],
    ['nobody moves a closed request', { lead: { ...base.lead, status: 'cloturee' } }, null],
    ['nobody moves an erased request', { actorRole: 'admin', lead: { ...base.lead, erased: true } }, null],
  ])('%s', (_case, overrides, kind) => {
    expect(moveKindFor({ ...base, ...overrides })).toBe(kind)
  })
})

describe('movedLeadDates', () => {
  it.each([
    // Paris winter time: the end of the local day three days later.
    ['2026-11-28T09:00:00.000Z', 3, '2026-12-01T22:59:59.999Z'],
    ['2026-11-28T23:30:00.000Z', 1, '2026-11-30T22:59:59.999Z'],
    // Across the change to summer time.
    ['2027-03-27T10:00:00.000Z', 2, '2027-03-29T21:59:59.999Z'],
  ])('moved at %s with a %i-day delay: due %s', (now, contactDelayDays, dueAt) => {
    expect(movedLeadDates({ now: new Date(now), contactDelayDays })).toEqual({
      dueAt,
      overdue: false,
      timeline: {
        movedAt: now,
        takenAt: null,
        closedAt: null,
        remindedAt: null,
        escalatedAt: null,
        followUpSentAt: null,
        followUpAnsweredAt: null,
        contactedAccordingToYoungPerson: null,
      },
    })
  })

  it.each([0, 8, 2.5])('refuses a delay of %p days', (contactDelayDays) => {
    expect(() => movedLeadDates({ now: new Date('2026-11-28T09:00:00Z'), contactDelayDays })).toThrow(RangeError)
  })
})

describe('moveNote', () => {
  it.each([
    [
      { partnerName: 'Mission Locale du Lot', offerTitle: 'CEJ' },
      { partnerName: 'PIJ de Figeac', offerTitle: 'Rendez-vous projet' },
      'Pas de réponse',
      'De Mission Locale du Lot (CEJ) à PIJ de Figeac (Rendez-vous projet) : Pas de réponse',
    ],
  ])('%o → %o', (from, to, reason, note) => {
    expect(moveNote(from, to, reason)).toBe(note)
  })
})
