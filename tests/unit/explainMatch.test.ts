import { describe, expect, it } from '@jest/globals'

import { explainMatch } from '../../src/domain/matching/explainMatch'
import type { EligibilityRule } from '../../src/domain/matching/types'
import type { Answers, Question } from '../../src/domain/questionnaire/types'
import { QUESTIONS } from './fixtures/questionnaire'

const withoutShortLabels: Question[] = QUESTIONS.map((question) => ({ ...question, shortLabel: null }))

describe('explainMatch', () => {
  it.each<[string, EligibilityRule[], string[]]>([
    ['age range', [{ criterion: 'age', min: 16, max: 25 }], ['Pour les 16–25 ans']],
    ['age minimum only', [{ criterion: 'age', min: 18, max: null }], ['À partir de 18 ans']],
    ['age maximum only', [{ criterion: 'age', max: 25 }], ["Jusqu'à 25 ans"]],
    ['a single age', [{ criterion: 'age', min: 18, max: 18 }], ['Pour les jeunes de 18 ans']],
    ['other number criterion: range', [{ criterion: 'enfants', min: 1, max: 3 }], ['Enfants : de 1 à 3']],
    ['other number criterion: minimum', [{ criterion: 'enfants', min: 1 }], ['Enfants : au moins 1']],
    ['other number criterion: maximum', [{ criterion: 'enfants', max: 2.5 }], ['Enfants : au plus 2,5']],
    ['other number criterion: exact', [{ criterion: 'enfants', min: 2, max: 2 }], ['Enfants : 2']],
    ['choice with a short label', [{ criterion: 'situation', values: ['demandeur_emploi'] }], ["Situation : Demandeur ou demandeuse d'emploi"]],
    ['choice without short label: labels alone', [{ criterion: 'diplome', values: ['bac'] }], ['Baccalauréat']],
    ['boolean: short label and Oui / Non', [{ criterion: 'permis', values: ['oui'] }], ['Permis : Oui']],
    ['unknown option value falls back to the value', [{ criterion: 'diplome', values: ['cap'] }], ['cap']],
    ['criterion missing from the questionnaire', [{ criterion: 'revenus', max: 1000 }], ['revenus : au plus 1000']],
    ['rule without anything explains nothing', [{ criterion: 'age' }], []],
    [
      'several rules, in order',
      [
        { criterion: 'situation', values: ['etudiant'] },
        { criterion: 'age', min: 16, max: 25 },
      ],
      ['Situation : Étudiant ou étudiante', 'Pour les 16–25 ans'],
    ],
    [
      'duplicates removed',
      [
        { criterion: 'age', min: 16, max: 25 },
        { criterion: 'age', min: 16, max: 25 },
      ],
      ['Pour les 16–25 ans'],
    ],
  ])('%s', (_label, rules, expected) => {
    expect(explainMatch(rules, QUESTIONS)).toEqual(expected)
  })

  it.each<[string, EligibilityRule[], Answers, string[]]>([
    [
      'only the accepted options the young person has',
      [{ criterion: 'situation', values: ['etudiant', 'demandeur_emploi'] }],
      { situation: 'demandeur_emploi' },
      ["Situation : Demandeur ou demandeuse d'emploi"],
    ],
    [
      'multiple answers: the overlap, in the rule order',
      [{ criterion: 'inscriptions', values: ['mission_locale', 'aucune', 'france_travail'] }],
      { inscriptions: ['france_travail', 'mission_locale'] },
      ['Suivi·e par une mission locale, Inscrit·e à France Travail'],
    ],
    ['no answer for the criterion: every accepted option', [{ criterion: 'diplome', values: ['bac', 'bac_plus'] }], {}, ['Baccalauréat, Études supérieures']],
  ])('with answers: %s', (_label, rules, answers, expected) => {
    expect(explainMatch(rules, QUESTIONS, answers)).toEqual(expected)
  })

  it.each<[EligibilityRule, string]>([
    [{ criterion: 'situation', values: ['salarie'] }, 'Salarié ou salariée'],
    [{ criterion: 'permis', values: ['non'] }, 'As-tu le permis de conduire ? : Non'],
    [{ criterion: 'enfants', min: 1 }, "Combien d'enfants as-tu ? : au moins 1"],
  ])('without short labels: %j → %s', (rule, expected) => {
    expect(explainMatch([rule], withoutShortLabels)).toEqual([expected])
  })

  it('is deterministic', () => {
    const rules: EligibilityRule[] = [
      { criterion: 'inscriptions', values: ['aucune', 'france_travail'] },
      { criterion: 'age', min: 15 },
    ]
    expect(explainMatch(rules, QUESTIONS)).toEqual(explainMatch(rules, QUESTIONS))
  })
})
