import { describe, expect, it } from '@jest/globals'

import { answerRowLabel, questionErrorLabel, questionInWords, questionRowLabel } from '../../src/domain/questionnaire/rowLabels'
import { toastLabel } from '../../src/domain/shared/toastLabel'

const LONG = 'Es-tu inscrit ou inscrite à la Mission Locale, à France Travail ou dans une autre structure ?'

describe('questionRowLabel', () => {
  it.each<[number, { label?: string | null; key?: string | null } | undefined, string]>([
    [2, { label: 'Quelle est ta situation ?', key: 'situation' }, '3. Quelle est ta situation ?'],
    [0, { label: '  Quel âge as-tu ?  ' }, '1. Quel âge as-tu ?'],
    [4, { label: '', key: 'permis' }, '5. permis'],
    [5, {}, '6. Nouvelle question'],
    [0, undefined, '1. Nouvelle question'],
  ])('row %i %j → %s', (index, question, expected) => expect(questionRowLabel(index, question)).toBe(expected))
})

describe('answerRowLabel', () => {
  it.each<[number, { value?: string | null; label?: string | null } | undefined, string]>([
    [0, { value: 'oui', label: 'Oui' }, 'oui — Oui'],
    [1, { value: 'demandeur_emploi', label: 'Je cherche un emploi' }, 'demandeur_emploi — Je cherche un emploi'],
    [2, { value: 'etudiant' }, 'etudiant'],
    [3, {}, 'Réponse 4'],
  ])('row %i %j → %s', (index, answer, expected) => expect(answerRowLabel(index, answer)).toBe(expected))
})

describe('questionInWords', () => {
  it.each<[number, string | null, string]>([
    [5, 'Es-tu inscrit ?', 'Question 6 (« Es-tu inscrit ? »)'],
    [5, LONG, 'Question 6 (« Es-tu inscrit ou inscrite à la Mission… »)'],
    [0, null, 'Question 1'],
  ])('%i %s → %s', (index, label, expected) => expect(questionInWords(index, label)).toBe(expected))
})

describe('questionErrorLabel (what the toast shows)', () => {
  const questions = [{ label: 'Quel âge as-tu ?' }, { label: 'Es-tu inscrit ?' }]
  it.each<[string, string, string]>([
    [
      'questions.1.condition.questionKey',
      'dépend d’une question qui vient après elle',
      'Question 2 (« Es-tu inscrit ? ») : dépend d’une question qui vient après elle',
    ],
    ['questions.0', 'clé en double, choisissez-en une autre', 'Question 1 (« Quel âge as-tu ? ») : clé en double\u201a choisissez-en une autre'],
    ['questions.7.key', 'inconnue', 'Question 8 : inconnue'],
    ['theme', 'Il existe déjà un modèle national', 'Il existe déjà un modèle national'],
  ])('%s → %s', (path, message, expected) => expect(questionErrorLabel(path, message, questions)).toBe(expected))
})

describe('toastLabel', () => {
  it('keeps a sentence as one item of the toast (no plain comma)', () => {
    expect(toastLabel('a, b, c')).toBe('a\u201a b\u201a c')
    expect(toastLabel('sans virgule')).toBe('sans virgule')
  })
})
