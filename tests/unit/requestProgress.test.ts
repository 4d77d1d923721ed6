import { describe, expect, it } from '@jest/globals'

import { requestProgress, type RequestProgressInput } from '../../src/domain/leads/requestProgress'

// Due on Friday 27 November 2026, end of the day in Paris.
const DUE = '2026-11-27T22:59:59.999Z'
const base: RequestProgressInput = { status: 'nouvelle', outcome: null, dueAt: DUE, partnerName: 'Mission Locale du Lot', erased: false, now: new Date(DUE) }

const at = (now: string, overrides: Partial<RequestProgressInput> = {}): RequestProgressInput => ({ ...base, now: new Date(now), ...overrides })

describe('what the young person’s page says about their request', () => {
  it.each<[string, RequestProgressInput, string, string, boolean, boolean]>([
    [
      'new, before the due date',
      at('2026-11-25T10:00:00.000Z'),
      'sent',
      'Envoyée : Mission Locale du Lot doit te contacter au plus tard le vendredi 27 novembre 2026.',
      true,
      false,
    ],
    [
      'new, on the last millisecond of the due day (Paris)',
      at('2026-11-27T22:59:59.999Z'),
      'sent',
      'Envoyée : Mission Locale du Lot doit te contacter au plus tard le vendredi 27 novembre 2026.',
      true,
      false,
    ],
    [
      'new, one millisecond past the due date',
      at('2026-11-27T23:00:00.000Z'),
      'overdue',
      'Le délai est dépassé : Mission Locale du Lot devait te contacter au plus tard le vendredi 27 novembre 2026. L’équipe de ton territoire a été prévenue.',
      true,
      true,
    ],
    [
      'taken, before the due date',
      at('2026-11-25T10:00:00.000Z', { status: 'en_cours' }),
      'taken',
      'Un ou une pro de Mission Locale du Lot l’a prise en charge.',
      true,
      false,
    ],
    [
      'taken, past the due date: no alternatives',
      at('2026-12-05T10:00:00.000Z', { status: 'en_cours' }),
      'taken',
      'Un ou une pro de Mission Locale du Lot l’a prise en charge.',
      true,
      false,
    ],
    [
      'closed: solution found',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: 'solution_trouvee' }),
      'closed',
      'Terminée : une solution a été trouvée avec toi.',
      false,
      false,
    ],
    [
      'closed: appointment',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: 'rdv_fixe' }),
      'closed',
      'Terminée : un rendez-vous a été fixé avec toi.',
      false,
      false,
    ],
    [
      'closed: referred elsewhere',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: 'orientee_ailleurs' }),
      'closed',
      'Terminée : tu as été orienté(e) vers une autre structure.',
      false,
      false,
    ],
    [
      'closed: unreachable',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: 'injoignable' }),
      'closed',
      'Terminée : l’organisme n’a pas réussi à te joindre.',
      false,
      false,
    ],
    [
      'closed: no longer needed',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: 'pas_interessee' }),
      'closed',
      'Terminée : tu n’en avais plus besoin.',
      false,
      false,
    ],
    [
      'closed: not eligible',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: 'non_eligible' }),
      'closed',
      'Terminée : cette offre ne correspondait pas à ta situation.',
      false,
      false,
    ],
    [
      'closed: other',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: 'autre' }),
      'closed',
      'Terminée : l’organisme a clôturé ta demande.',
      false,
      false,
    ],
    [
      'closed without an outcome',
      at('2026-11-26T10:00:00.000Z', { status: 'cloturee', outcome: null }),
      'closed',
      'Terminée : l’organisme a clôturé ta demande.',
      false,
      false,
    ],
    [
      'closed past the due date: no alternatives',
      at('2026-12-05T10:00:00.000Z', { status: 'cloturee', outcome: 'rdv_fixe' }),
      'closed',
      'Terminée : un rendez-vous a été fixé avec toi.',
      false,
      false,
    ],
    [
      'erased (withdrawn), even if still new and overdue',
      at('2026-12-05T10:00:00.000Z', { erased: true }),
      'withdrawn',
      'Cette demande a été retirée : tes coordonnées et tes réponses ont été effacées.',
      false,
      false,
    ],
    [
      'erased after closing',
      at('2026-12-05T10:00:00.000Z', { erased: true, status: 'cloturee', outcome: 'pas_interessee' }),
      'withdrawn',
      'Cette demande a été retirée : tes coordonnées et tes réponses ont été effacées.',
      false,
      false,
    ],
  ])('%s', (_label, input, stage, message, canClose, offersAlternatives) => {
    expect(requestProgress(input)).toMatchObject({ stage, message, canClose, offersAlternatives })
  })

  it.each<[string, string, string]>([
    ['summer date', '2026-07-01T21:59:59.999Z', 'mercredi 1 juillet 2026'],
    ['winter date across the year', '2027-01-01T22:59:59.999Z', 'vendredi 1 janvier 2027'],
  ])('the committed date is the Paris day (%s)', (_label, dueAt, day) => {
    expect(requestProgress({ ...base, dueAt, now: new Date('2026-06-01T00:00:00.000Z') }).message).toContain(`au plus tard le ${day}.`)
  })
})
