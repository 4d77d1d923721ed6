import { describe, expect, it } from '@jest/globals'

import type { Perimeter } from '../../src/domain/accounts/perimeter'
import {
  decisionRefusal,
  isOfferedIn,
  isServedIn,
  mayDecideFor,
  proposalRefusal,
  validatedTerritories,
  type OfferInTerritories,
  type OfferTerritoryStatus,
  type Proposal,
} from '../../src/domain/offers/offerTerritories'

// An offer of organisation 7, whose home territory is 1 (« Montpellier »), proposed in territory 2 (« Sicoval »).
const admin: Perimeter = { kind: 'all' }
const animatorHome: Perimeter = { kind: 'territories', territoryIds: [1] }
const animatorTarget: Perimeter = { kind: 'territories', territoryIds: [2] }
const animatorElsewhere: Perimeter = { kind: 'territories', territoryIds: [3] }
const partner: Perimeter = { kind: 'partner', partnerId: 7, territoryIds: [1, 2] }
const peer: Perimeter = { kind: 'partner', partnerId: 8, territoryIds: [1, 2] }
const nobody: Perimeter = { kind: 'none' }

const proposal = (overrides: Partial<Proposal> = {}): Proposal => ({
  offer: { partnerId: 7, territoryId: 1 },
  territoryId: 2,
  territoryName: 'Sicoval',
  signedCharter: true,
  themeListed: true,
  alreadyProposed: false,
  ...overrides,
})

describe('proposalRefusal: who may propose an offer in another territory, and where', () => {
  it.each<[string, Perimeter, Partial<Proposal>, RegExp | null]>([
    ['its organisation, with a signed charter there', partner, {}, null],
    ['an administrator', admin, {}, null],
    ['the animation of its home territory', animatorHome, {}, null],
    ['the animation of the target territory (it decides, it does not propose)', animatorTarget, {}, /par son organisme ou par l’animation de son territoire/],
    ['an animator of neither', animatorElsewhere, {}, /Vous n’animez ni le territoire de cette offre ni « Sicoval »/],
    ['another organisation', peer, {}, /votre propre organisme/],
    ['nobody', nobody, {}, /non autorisée/],
    ['without a signed charter there', partner, { signedCharter: false }, /pas de charte de partenariat signée pour « Sicoval »/],
    ['without a signed charter, even an administrator', admin, { signedCharter: false }, /pas de charte de partenariat signée/],
    ['its own home territory', partner, { territoryId: 1, territoryName: 'Montpellier' }, /déjà proposée dans « Montpellier », son territoire d’origine/],
    ['twice in the same territory', partner, { alreadyProposed: true }, /déjà proposée dans « Sicoval » : modifiez/],
    ['a theme the territory does not list', partner, { themeListed: false }, /thème de l’offre n’est pas ouvert sur le territoire « Sicoval »/],
  ])('%s', (_case, perimeter, overrides, refusal) => {
    const message = proposalRefusal(perimeter, proposal(overrides))
    if (refusal === null) expect(message).toBeNull()
    else expect(message).toMatch(refusal)
  })
})

describe('mayDecideFor / decisionRefusal: only the territory’s animation (or an administrator) decides', () => {
  it.each<[string, Perimeter, boolean]>([
    ['administrator', admin, true],
    ['animator of the target territory', animatorTarget, true],
    ['animator of the home territory only', animatorHome, false],
    ['animator elsewhere', animatorElsewhere, false],
    ['the organisation', partner, false],
    ['nobody', nobody, false],
  ])('%s → %s', (_case, perimeter, may) => {
    expect(mayDecideFor(perimeter, 2)).toBe(may)
  })

  it.each<[string, Perimeter, OfferTerritoryStatus | null, OfferTerritoryStatus, boolean]>([
    ['a partner proposes (pending)', partner, null, 'en_attente', true],
    ['a partner proposes it as validated', partner, null, 'validee', false],
    ['a partner validates', partner, 'en_attente', 'validee', false],
    ['the home territory’s animator validates', animatorHome, 'en_attente', 'validee', false],
    ['the target’s animator validates', animatorTarget, 'en_attente', 'validee', true],
    ['the target’s animator refuses', animatorTarget, 'en_attente', 'refusee', true],
    ['the target’s animator reconsiders', animatorTarget, 'refusee', 'validee', true],
    ['an administrator records it validated at once', admin, null, 'validee', true],
    ['no change (a comment)', partner, 'validee', 'validee', true],
  ])('%s: allowed %s', (_case, perimeter, from, to, allowed) => {
    const refusal = decisionRefusal(perimeter, 2, 'Sicoval', from, to)
    if (allowed) expect(refusal).toBeNull()
    else expect(refusal).toBe('La validation de l’offre pour « Sicoval » revient à l’animation de ce territoire.')
  })
})

describe('isServedIn: published at home, offered there, valid that day, not paused', () => {
  const offer = (overrides: Partial<OfferInTerritories> = {}): OfferInTerritories => ({
    status: 'publiee',
    territoryId: 1,
    validity: { fromDay: null, untilDay: null },
    pausedUntil: null,
    decisions: { 2: 'validee', 3: 'en_attente', 4: 'refusee' },
    ...overrides,
  })
  it.each<[string, Partial<OfferInTerritories>, number, string, boolean]>([
    ['its home territory', {}, 1, '2026-12-02', true],
    ['a territory that validated it', {}, 2, '2026-12-02', true],
    ['a territory still deciding', {}, 3, '2026-12-02', false],
    ['a territory that refused it', {}, 4, '2026-12-02', false],
    ['a territory where it is not proposed', {}, 5, '2026-12-02', false],
    ['submitted (not published) at home: nowhere', { status: 'soumise' }, 2, '2026-12-02', false],
    ['archived at home: nowhere', { status: 'archivee' }, 1, '2026-12-02', false],
    ['before its first day, in the other territory too', { validity: { fromDay: '2026-12-10', untilDay: null } }, 2, '2026-12-02', false],
    ['on its last day', { validity: { fromDay: null, untilDay: '2026-12-02' } }, 2, '2026-12-02', true],
    ['after its last day', { validity: { fromDay: null, untilDay: '2026-12-01' } }, 2, '2026-12-02', false],
    ['paused: in every territory', { pausedUntil: '2026-12-05' }, 2, '2026-12-02', false],
    ['the day after the pause', { pausedUntil: '2026-12-01' }, 2, '2026-12-02', true],
  ])('%s', (_case, overrides, territoryId, day, served) => {
    expect(isServedIn(offer(overrides), territoryId, day)).toBe(served)
  })

  it('isOfferedIn ignores dates and pauses (the catalogue applies them on the day)', () => {
    expect(isOfferedIn({ status: 'publiee', territoryId: 1, decisions: { 2: 'validee' } }, 2)).toBe(true)
    expect(isOfferedIn({ status: 'publiee', territoryId: 1, decisions: {} }, 2)).toBe(false)
  })
})

describe('validatedTerritories', () => {
  it('keeps the validated rows, once each, sorted', () => {
    expect(
      validatedTerritories([
        { territoryId: 4, status: 'validee' },
        { territoryId: 2, status: 'validee' },
        { territoryId: 3, status: 'en_attente' },
        { territoryId: 5, status: 'refusee' },
        { territoryId: 2, status: 'validee' },
      ]),
    ).toEqual([2, 4])
  })
})
