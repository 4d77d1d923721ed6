import { describe, expect, it } from '@jest/globals'

import type { AnswerError, Answers } from '../../src/domain/questionnaire/types'
import { validateAnswers } from '../../src/domain/questionnaire/validateAnswers'
import { QUESTIONS } from './fixtures/questionnaire'

/** Required answers (age, situation), to which each case adds its own. */
const REQUIRED = { age: 17, situation: 'etudiant' }

describe('validateAnswers — accepted and normalised', () => {
  it.each<[string, Record<string, unknown>, Answers]>([
    ['required answers only', {}, REQUIRED],
    ['a numeric string from a form', { age: '17' }, REQUIRED],
    ['a numeric string with spaces and a decimal comma', { enfants: ' 2,0 ' }, { ...REQUIRED, enfants: 2 }],
    ['bounds are inclusive', { age: 30, enfants: 0 }, { ...REQUIRED, age: 30, enfants: 0 }],
    [
      'a single string for a multiple question is wrapped',
      { situation: 'demandeur_emploi', inscriptions: 'mission_locale' },
      { ...REQUIRED, situation: 'demandeur_emploi', inscriptions: ['mission_locale'] },
    ],
    [
      'a multiple answer',
      { situation: 'demandeur_emploi', inscriptions: ['france_travail', 'mission_locale'] },
      { ...REQUIRED, situation: 'demandeur_emploi', inscriptions: ['france_travail', 'mission_locale'] },
    ],
    [
      '« je ne sais pas » when allowed',
      { situation: 'ne_sais_pas', diplome: 'ne_sais_pas' },
      { ...REQUIRED, situation: 'ne_sais_pas', diplome: 'ne_sais_pas' },
    ],
    [
      '« je ne sais pas » for a multiple question',
      { situation: 'demandeur_emploi', inscriptions: ['ne_sais_pas'] },
      { ...REQUIRED, situation: 'demandeur_emploi', inscriptions: ['ne_sais_pas'] },
    ],
    ['a boolean answer on a visible question', { diplome: 'bac', permis: 'non' }, { ...REQUIRED, diplome: 'bac', permis: 'non' }],
    ['a JSON boolean becomes oui / non', { diplome: 'bac', permis: true }, { ...REQUIRED, diplome: 'bac', permis: 'oui' }],
    ['blank answers are dropped, even on hidden questions', { enfants: '', inscriptions: [], permis: null }, REQUIRED],
  ])('%s', (_label, extra, expected) => {
    expect(validateAnswers(QUESTIONS, { ...REQUIRED, ...extra })).toEqual({ ok: true, answers: expected })
  })

  it('accepts an object without prototype', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, REQUIRED)
    expect(validateAnswers(QUESTIONS, input)).toEqual({ ok: true, answers: REQUIRED })
  })
})

describe('validateAnswers — refused', () => {
  const notAnObject = [{ field: '', message: "Les réponses doivent être envoyées sous la forme d'un objet « question : réponse »." }]

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', [REQUIRED]],
    ['a string', 'age=17'],
    ['a number', 17],
    ['a class instance', new Date()],
  ])('a payload that is %s', (_label, input) => {
    expect(validateAnswers(QUESTIONS, input)).toEqual({ ok: false, errors: notAnObject })
  })

  it.each<[string, Record<string, unknown>, AnswerError[]]>([
    ['an unknown key', { ville: 'Lyon' }, [{ field: 'ville', message: "La question « ville » n'existe pas dans ce questionnaire." }]],
    ['an inherited key name', { constructor: 'x' }, [{ field: 'constructor', message: "La question « constructor » n'existe pas dans ce questionnaire." }]],
    [
      'an answer to a hidden question',
      { situation: 'etudiant', inscriptions: ['mission_locale'] },
      [{ field: 'inscriptions', message: "Cette question ne s'applique pas à ta situation." }],
    ],
    [
      'an answer hidden by « je ne sais pas »',
      { diplome: 'ne_sais_pas', permis: 'oui' },
      [{ field: 'permis', message: "Cette question ne s'applique pas à ta situation." }],
    ],
    ['a hidden question even with an invalid answer', { permis: 42 }, [{ field: 'permis', message: "Cette question ne s'applique pas à ta situation." }]],
    ['a text for a number', { age: 'dix-sept' }, [{ field: 'age', message: 'La réponse à « Quel âge as-tu ? » doit être un nombre.' }]],
    ['a list for a number', { age: [17] }, [{ field: 'age', message: 'La réponse à « Quel âge as-tu ? » doit être un nombre.' }]],
    ['a non-finite number', { age: Number.POSITIVE_INFINITY }, [{ field: 'age', message: 'La réponse à « Quel âge as-tu ? » doit être un nombre.' }]],
    ['NaN', { age: Number.NaN }, [{ field: 'age', message: 'La réponse à « Quel âge as-tu ? » doit être un nombre.' }]],
    ['a number below the minimum', { age: 14 }, [{ field: 'age', message: 'La réponse à « Quel âge as-tu ? » doit être comprise entre 15 et 30.' }]],
    ['a numeric string above the maximum', { age: '31' }, [{ field: 'age', message: 'La réponse à « Quel âge as-tu ? » doit être comprise entre 15 et 30.' }]],
    ['a negative number', { enfants: -1 }, [{ field: 'enfants', message: "La réponse à « Combien d'enfants as-tu ? » doit être comprise entre 0 et 10." }]],
    [
      '« je ne sais pas » when not allowed',
      { age: 'ne_sais_pas' },
      [{ field: 'age', message: "La réponse « Je ne sais pas » n'est pas proposée pour la question « Quel âge as-tu ? »." }],
    ],
    [
      'a value outside the options',
      { situation: 'retraite' },
      [{ field: 'situation', message: "« retraite » n'est pas une réponse possible à la question « Quelle est ta situation ? »." }],
    ],
    [
      'a label instead of a value',
      { situation: 'Étudiant ou étudiante' },
      [{ field: 'situation', message: "« Étudiant ou étudiante » n'est pas une réponse possible à la question « Quelle est ta situation ? »." }],
    ],
    [
      'a substring of a value',
      { situation: 'etud' },
      [{ field: 'situation', message: "« etud » n'est pas une réponse possible à la question « Quelle est ta situation ? »." }],
    ],
    [
      'a list for a single question',
      { situation: ['etudiant'] },
      [{ field: 'situation', message: 'La question « Quelle est ta situation ? » attend une seule réponse parmi celles proposées.' }],
    ],
    [
      'a number for a single question',
      { situation: 1 },
      [{ field: 'situation', message: 'La question « Quelle est ta situation ? » attend une seule réponse parmi celles proposées.' }],
    ],
    [
      'a wrong boolean',
      { diplome: 'bac', permis: 'peut-être' },
      [{ field: 'permis', message: "« peut-être » n'est pas une réponse possible à la question « As-tu le permis de conduire ? »." }],
    ],
    [
      'a number for a boolean',
      { diplome: 'bac', permis: 1 },
      [{ field: 'permis', message: 'La réponse à « As-tu le permis de conduire ? » doit être « oui » ou « non ».' }],
    ],
    [
      'a string longer than 200 characters',
      { diplome: 'b'.repeat(201) },
      [{ field: 'diplome', message: 'La réponse à « Quel est ton plus haut diplôme ? » est trop longue (200 caractères au maximum).' }],
    ],
    [
      'a long numeric string',
      { age: '1'.repeat(201) },
      [{ field: 'age', message: 'La réponse à « Quel âge as-tu ? » est trop longue (200 caractères au maximum).' }],
    ],
    [
      'a duplicated value in a multiple answer',
      { situation: 'demandeur_emploi', inscriptions: ['mission_locale', 'mission_locale'] },
      [{ field: 'inscriptions', message: 'La réponse « mission_locale » est donnée deux fois à la question « Où es-tu inscrit ou inscrite ? ».' }],
    ],
    [
      'a non-string inside a multiple answer',
      { situation: 'demandeur_emploi', inscriptions: ['mission_locale', 3] },
      [{ field: 'inscriptions', message: 'La question « Où es-tu inscrit ou inscrite ? » attend une liste de réponses parmi celles proposées.' }],
    ],
    [
      'an unknown value inside a multiple answer',
      { situation: 'demandeur_emploi', inscriptions: ['mission_locale', 'pole_emploi'] },
      [{ field: 'inscriptions', message: "« pole_emploi » n'est pas une réponse possible à la question « Où es-tu inscrit ou inscrite ? »." }],
    ],
    [
      '« je ne sais pas » combined with other answers',
      { situation: 'demandeur_emploi', inscriptions: ['ne_sais_pas', 'aucune'] },
      [
        {
          field: 'inscriptions',
          message: "« Je ne sais pas » ne peut pas être combiné avec d'autres réponses à la question « Où es-tu inscrit ou inscrite ? ».",
        },
      ],
    ],
  ])('%s', (_label, extra, expected) => {
    expect(validateAnswers(QUESTIONS, { ...REQUIRED, ...extra })).toEqual({ ok: false, errors: expected })
  })

  it.each<[string, Record<string, unknown>, AnswerError[]]>([
    [
      'nothing at all',
      {},
      [
        { field: 'age', message: 'Merci de répondre à la question « Quel âge as-tu ? ».' },
        { field: 'situation', message: 'Merci de répondre à la question « Quelle est ta situation ? ».' },
      ],
    ],
    ['a blank required answer', { age: '  ', situation: 'salarie' }, [{ field: 'age', message: 'Merci de répondre à la question « Quel âge as-tu ? ».' }]],
    [
      'several errors at once, unknown keys first',
      { age: 99, situation: 'salarie', ville: 'Lyon', permis: 'oui' },
      [
        { field: 'ville', message: "La question « ville » n'existe pas dans ce questionnaire." },
        { field: 'age', message: 'La réponse à « Quel âge as-tu ? » doit être comprise entre 15 et 30.' },
        { field: 'permis', message: "Cette question ne s'applique pas à ta situation." },
      ],
    ],
  ])('missing or multiple problems: %s', (_label, input, expected) => {
    expect(validateAnswers(QUESTIONS, input)).toEqual({ ok: false, errors: expected })
  })

  it('requires a visible conditional question, not a hidden one', () => {
    const questions = QUESTIONS.map((question) => (question.key === 'inscriptions' ? { ...question, required: true } : question))
    expect(validateAnswers(questions, REQUIRED)).toEqual({ ok: true, answers: REQUIRED })
    expect(validateAnswers(questions, { ...REQUIRED, situation: 'demandeur_emploi' })).toEqual({
      ok: false,
      errors: [{ field: 'inscriptions', message: 'Merci de répondre à la question « Où es-tu inscrit ou inscrite ? ».' }],
    })
  })
})
