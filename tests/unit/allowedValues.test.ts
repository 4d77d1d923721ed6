import { describe, expect, it } from '@jest/globals'

import { allowedValues } from '../../src/domain/questionnaire/allowedValues'
import { question } from './fixtures/questionnaire'

describe('allowedValues', () => {
  it.each<[string, string[] | null]>([
    ['situation', ['etudiant', 'demandeur_emploi', 'salarie']],
    ['inscriptions', ['france_travail', 'mission_locale', 'aucune']],
    ['permis', ['oui', 'non']],
    ['age', null],
  ])('%s → %j', (key, expected) => {
    expect(allowedValues(question(key))).toEqual(expected)
  })
})
