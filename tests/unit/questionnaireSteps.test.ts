import { describe, expect, it } from '@jest/globals'

import { questionnairePage, type PageResult } from '../../src/app/(frontend)/_lib/questionnairePage'
import { answerValueChoices, conditionQuestionChoices, withStoredValues } from '../../src/domain/questionnaire/conditionChoices'
import { questionnaireSteps } from '../../src/domain/questionnaire/steps'
import type { Question } from '../../src/domain/questionnaire/types'
import { validateQuestionnaire } from '../../src/domain/questionnaire/validateQuestionnaire'

/** Two steps, a negative branch across them, a branch inside the second one. */
const QUESTIONS: Question[] = [
  { key: 'age', label: 'Quel âge as-tu ?', type: 'number', min: 15, max: 30, required: true, step: 'Mon profil' },
  {
    key: 'situation',
    label: 'Ta situation ?',
    type: 'single',
    required: true,
    options: [
      { value: 'etudiant', label: 'Étudiant' },
      { value: 'sans_activite', label: 'Sans activité' },
    ],
  },
  {
    key: 'inscrit',
    label: 'Inscrit à la Mission Locale ?',
    type: 'boolean',
    required: true,
    step: 'Ma situation',
    conditions: [{ questionKey: 'situation', operator: 'notIn', values: ['etudiant'] }],
  },
  { key: 'permis', label: 'As-tu le permis ?', type: 'boolean', required: false, allowUnknown: true },
  { key: 'aide', label: 'Veux-tu une aide ?', type: 'boolean', required: true, conditions: [{ questionKey: 'permis', values: ['non'] }] },
]

const fields = (entries: Record<string, string | string[]>) => ({
  keys: Object.keys(entries),
  values: (key: string) => [entries[key]].flat(),
})

type Step = Extract<PageResult, { kind: 'step' }>
const asStep = (result: PageResult): Step => {
  if (result.kind !== 'step') throw new Error(`expected a step, got ${result.kind}`)
  return result
}
const shown = (result: PageResult) => {
  const step = asStep(result)
  return [step.step.title, step.position, step.total, step.questions.map((question) => question.key)]
}

describe('questionnaireSteps', () => {
  it.each<[string, Question[], [string, string[]][]]>([
    ['no step title: no steps (one question per page)', QUESTIONS.map(({ step: _step, ...question }) => question), []],
    [
      'a titled question opens a step',
      QUESTIONS,
      [
        ['Mon profil', ['age', 'situation']],
        ['Ma situation', ['inscrit', 'permis', 'aide']],
      ],
    ],
    [
      'blank titles do not count',
      QUESTIONS.map((question, index) => (index === 2 ? { ...question, step: '  ' } : question)),
      [['Mon profil', ['age', 'situation', 'inscrit', 'permis', 'aide']]],
    ],
  ])('%s', (_label, questions, expected) => {
    expect(questionnaireSteps(questions).map((step) => [step.title, step.questions.map((question) => question.key)])).toEqual(expected)
  })

  it('refuses steps that do not start with the first question', () => {
    const questions = QUESTIONS.map((question, index) => (index === 0 ? { ...question, step: null } : question))
    expect(validateQuestionnaire(questions)).toEqual([
      {
        index: 0,
        key: 'age',
        field: 'step',
        message:
          "La question n°1 (« age ») n'ouvre aucune étape alors que le questionnaire en a : donne un titre d'étape à la première question (par exemple « Mon profil »).",
      },
    ])
    expect(validateQuestionnaire(QUESTIONS)).toEqual([])
  })
})

describe('questionnairePage — one step per page', () => {
  it.each<[string, Parameters<typeof questionnairePage>[0], unknown[]]>([
    ['first visit: the first step', { questions: QUESTIONS, stored: {} }, ['Mon profil', 1, 2, ['age', 'situation']]],
    [
      'step 1 answered: step 2, its negative branch shown',
      { questions: QUESTIONS, stored: {}, answered: fields({ age: '19', situation: 'sans_activite' }) },
      ['Ma situation', 2, 2, ['inscrit', 'permis']],
    ],
    [
      'student: the negative branch hides « inscrit »',
      { questions: QUESTIONS, stored: {}, answered: fields({ age: '19', situation: 'etudiant' }) },
      ['Ma situation', 2, 2, ['permis']],
    ],
    [
      'a branch inside the step: the same step again with the revealed question',
      { questions: QUESTIONS, stored: { age: 19, situation: 'sans_activite' }, answered: fields({ inscrit: 'oui', permis: 'non' }) },
      ['Ma situation', 2, 2, ['inscrit', 'permis', 'aide']],
    ],
    [
      'back link to step 1: pre-filled',
      { questions: QUESTIONS, stored: { age: 19, situation: 'sans_activite', inscrit: 'oui' }, show: 1 },
      ['Mon profil', 1, 2, ['age', 'situation']],
    ],
  ])('%s', (_label, input, expected) => {
    expect(shown(questionnairePage(input))).toEqual(expected)
  })

  it('keeps every answer between steps and when going back', () => {
    const back = asStep(questionnairePage({ questions: QUESTIONS, stored: { age: 19, situation: 'sans_activite', inscrit: 'oui' }, show: 1 }))
    expect(back.current).toEqual({ age: 19, situation: 'sans_activite' })
    expect(back.carried).toEqual({ inscrit: 'oui' })
    expect(back.nextTitle).toBe('Ma situation')
    // Going forward again from step 1: step 2 pre-filled with the answer given before.
    const forward = asStep(questionnairePage({ questions: QUESTIONS, stored: back.carried, answered: fields({ age: '19', situation: 'sans_activite' }) }))
    expect(forward.current).toEqual({ inscrit: 'oui', permis: undefined })
    expect(forward.previousStep).toBe(1)
  })

  it('drops the answers a changed answer hides, across steps', () => {
    const result = questionnairePage({
      questions: QUESTIONS,
      stored: { inscrit: 'oui', permis: 'oui' },
      answered: fields({ age: '19', situation: 'etudiant' }),
    })
    expect(asStep(result).all).toEqual({ age: '19', situation: 'etudiant', permis: 'oui' })
  })

  it('shows the step again with an error per faulty answer', () => {
    const step = asStep(questionnairePage({ questions: QUESTIONS, stored: {}, answered: fields({ age: '12', situation: '' }) }))
    expect(step.step.title).toBe('Mon profil')
    expect(step.errors).toEqual({
      age: 'La réponse à « Quel âge as-tu ? » doit être comprise entre 15 et 30.',
      situation: 'Choisis une réponse pour continuer.',
    })
    expect(step.all).toEqual({})
  })

  it('is done when every step that applies is answered, optional questions skipped', () => {
    expect(questionnairePage({ questions: QUESTIONS, stored: { age: 19, situation: 'etudiant' }, answered: fields({ permis: '' }) })).toEqual({
      kind: 'done',
      answers: { age: 19, situation: 'etudiant' },
    })
  })

  it('refuses unknown questions', () => {
    expect(questionnairePage({ questions: QUESTIONS, stored: { pointure: 42 } }).kind).toBe('invalid')
    expect(questionnairePage({ questions: QUESTIONS, stored: {}, answered: fields({ pointure: '42' }) }).kind).toBe('invalid')
  })
})

describe('condition pickers', () => {
  it('offers the earlier questions with choices, named by position and wording', () => {
    expect(conditionQuestionChoices(QUESTIONS, 4)).toEqual([
      { value: 'situation', label: '2. Ta situation ?' },
      { value: 'inscrit', label: '3. Inscrit à la Mission Locale ?' },
      { value: 'permis', label: '4. As-tu le permis ?' },
    ])
    expect(conditionQuestionChoices(QUESTIONS, 0)).toEqual([])
  })

  it.each<[string, Question | undefined, { value: string; label: string }[]]>([
    [
      'yes/no: oui / non, without « je ne sais pas »',
      QUESTIONS[3],
      [
        { value: 'oui', label: 'Oui' },
        { value: 'non', label: 'Non' },
      ],
    ],
    [
      'choices: the options',
      QUESTIONS[1],
      [
        { value: 'etudiant', label: 'Étudiant' },
        { value: 'sans_activite', label: 'Sans activité' },
      ],
    ],
    ['number: none', QUESTIONS[0], []],
    ['no question: none', undefined, []],
  ])('answers of a question: %s', (_label, question, expected) => {
    expect(answerValueChoices(question)).toEqual(expected)
  })

  it('keeps stored values the questionnaire no longer offers', () => {
    expect(withStoredValues([{ value: 'oui', label: 'Oui' }], ['oui', 'peut_etre'])).toEqual([
      { value: 'oui', label: 'Oui' },
      { value: 'peut_etre', label: 'peut_etre (inconnue ici)' },
    ])
  })
})
