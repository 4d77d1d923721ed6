import { describe, expect, it } from '@jest/globals'

import type { Answers, Question } from '../../src/domain/questionnaire/types'
import { visibleQuestions } from '../../src/domain/questionnaire/visibleQuestions'
import { QUESTIONS } from './fixtures/questionnaire'

const keys = (questions: Question[]): string[] => questions.map((question) => question.key)

describe('visibleQuestions', () => {
  it.each<[string, Answers, string[]]>([
    ['no answers: unconditional questions only', {}, ['age', 'situation', 'diplome', 'enfants']],
    ['matching single answer shows the dependent question', { situation: 'demandeur_emploi' }, ['age', 'situation', 'inscriptions', 'diplome', 'enfants']],
    ['other single answer hides it', { situation: 'etudiant' }, ['age', 'situation', 'diplome', 'enfants']],
    ["'ne_sais_pas' matches nothing", { situation: 'ne_sais_pas', diplome: 'ne_sais_pas' }, ['age', 'situation', 'diplome', 'enfants']],
    ['any of several condition values', { diplome: 'bac_plus' }, ['age', 'situation', 'diplome', 'permis', 'enfants']],
    ['condition values never match by substring', { diplome: 'ba' }, ['age', 'situation', 'diplome', 'enfants']],
  ])('%s', (_label, answers, expected) => {
    expect(keys(visibleQuestions(QUESTIONS, answers))).toEqual(expected)
  })

  const chain: Question[] = [
    { key: 'a', label: 'A ?', type: 'boolean' },
    {
      key: 'b',
      label: 'B ?',
      type: 'multiple',
      options: [
        { value: 'x', label: 'X' },
        { value: 'y', label: 'Y' },
      ],
      conditions: [{ questionKey: 'a', values: ['oui'] }],
    },
    { key: 'c', label: 'C ?', type: 'boolean', conditions: [{ questionKey: 'b', values: ['y'] }] },
    { key: 'd', label: 'D ?', type: 'boolean', conditions: [{ questionKey: 'e', values: ['oui'] }] },
    { key: 'e', label: 'E ?', type: 'boolean' },
  ]

  it.each<[string, Answers, string[]]>([
    ['multiple answer: any overlap shows the question', { a: 'oui', b: ['x', 'y'] }, ['a', 'b', 'c', 'e']],
    ['multiple answer without overlap hides it', { a: 'oui', b: ['x'] }, ['a', 'b', 'e']],
    ['boolean condition on « non » hides', { a: 'non', b: ['y'] }, ['a', 'e']],
    ['a hidden parent hides its children even if answered', { a: 'non', b: ['y'], c: 'oui' }, ['a', 'e']],
    ['a forward reference never shows', { e: 'oui' }, ['a', 'e']],
    ['numbers never match a condition', { a: 'oui', b: 1 as unknown as string[] }, ['a', 'b', 'e']],
  ])('%s', (_label, answers, expected) => {
    expect(keys(visibleQuestions(chain, answers))).toEqual(expected)
  })

  it('does not read inherited properties as answers', () => {
    const questions: Question[] = [
      { key: 'constructor', label: 'C ?', type: 'boolean' },
      { key: 'child', label: 'D ?', type: 'boolean', conditions: [{ questionKey: 'constructor', values: ['oui'] }] },
    ]
    expect(keys(visibleQuestions(questions, {}))).toEqual(['constructor'])
  })

  const negative: Question[] = [
    {
      key: 'situation',
      label: 'Situation ?',
      type: 'single',
      allowUnknown: true,
      options: [
        { value: 'collegien', label: 'Collégien' },
        { value: 'lyceen', label: 'Lycéen' },
        { value: 'etudiant', label: 'Étudiant' },
        { value: 'salarie', label: 'Salarié' },
        { value: 'sans_activite', label: 'Sans activité' },
      ],
    },
    { key: 'permis', label: 'Permis ?', type: 'boolean', required: false },
    // « shown unless situation is étudiant, lycéen or collégien »
    {
      key: 'inscrit',
      label: 'Inscrit ?',
      type: 'boolean',
      conditions: [{ questionKey: 'situation', operator: 'notIn', values: ['etudiant', 'lyceen', 'collegien'] }],
    },
    // Combined: every condition must hold.
    {
      key: 'aide_permis',
      label: 'Aide au permis ?',
      type: 'boolean',
      conditions: [
        { questionKey: 'permis', values: ['non'] },
        { questionKey: 'situation', operator: 'notIn', values: ['collegien'] },
      ],
    },
    { key: 'suivi', label: 'Suivi ?', type: 'boolean', conditions: [{ questionKey: 'inscrit', operator: 'notIn', values: ['oui'] }] },
  ]

  it.each<[string, Answers, string[]]>([
    ['negative: shown for another answer', { situation: 'salarie' }, ['situation', 'permis', 'inscrit', 'suivi']],
    ['negative: hidden for one of its values', { situation: 'lyceen' }, ['situation', 'permis']],
    ['negative: « je ne sais pas » is none of the values', { situation: 'ne_sais_pas' }, ['situation', 'permis', 'inscrit', 'suivi']],
    ['negative: an unanswered question is none of the values', {}, ['situation', 'permis', 'inscrit', 'suivi']],
    ['negative on a hidden question: hidden too', { situation: 'etudiant', inscrit: 'non' }, ['situation', 'permis']],
    ['negative: hidden when the answer is the value', { situation: 'salarie', inscrit: 'oui' }, ['situation', 'permis', 'inscrit']],
    ['combined: all conditions hold', { situation: 'salarie', permis: 'non' }, ['situation', 'permis', 'inscrit', 'aide_permis', 'suivi']],
    ['combined: one condition fails', { situation: 'collegien', permis: 'non' }, ['situation', 'permis']],
    ['combined: the other condition fails', { situation: 'salarie', permis: 'oui' }, ['situation', 'permis', 'inscrit', 'suivi']],
  ])('%s', (_label, answers, expected) => {
    expect(keys(visibleQuestions(negative, answers))).toEqual(expected)
  })
})
