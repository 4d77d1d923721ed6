import { expect, test } from '@jest/globals'

import { focusOnArrival } from '../../src/app/(frontend)/_lib/focusOnArrival'

test.each([
  ['première question, rien à corriger : le haut de la page', 1, false, null],
  ['première question refusée : les erreurs', 1, true, 'errors'],
  ['question suivante : la nouvelle question', 2, false, 'question'],
  ['cinquième question : la nouvelle question', 5, false, 'question'],
  ['étape suivante refusée : les erreurs, pas la question', 3, true, 'errors'],
] as const)('%s', (_case, position, hasErrors, expected) => {
  expect(focusOnArrival({ position, hasErrors })).toBe(expected)
})
