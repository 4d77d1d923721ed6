import { describe, expect, it } from '@jest/globals'

import type { Question } from '../../src/domain/questionnaire/types'
import { validateQuestionnaire } from '../../src/domain/questionnaire/validateQuestionnaire'
import { QUESTIONS } from './fixtures/questionnaire'

/** age (n°1), situation (n°2), permis (n°3, boolean), diplome (n°4). */
const BASE: Question[] = [
  { key: 'age', label: 'Quel âge as-tu ?', type: 'number', min: 15, max: 30 },
  {
    key: 'situation',
    label: 'Quelle est ta situation ?',
    type: 'single',
    options: [
      { value: 'etudiant', label: 'Étudiant' },
      { value: 'demandeur_emploi', label: "Demandeur d'emploi" },
    ],
  },
  { key: 'permis', label: 'As-tu le permis ?', type: 'boolean' },
  {
    key: 'diplome',
    label: 'Ton diplôme ?',
    type: 'multiple',
    options: [
      { value: 'bac', label: 'Bac' },
      { value: 'licence', label: 'Licence' },
    ],
  },
]

/** BASE with question n°(index + 1) patched. */
const patched = (index: number, patch: Partial<Question>): Question[] =>
  BASE.map((question, position) => (position === index ? ({ ...question, ...patch } as Question) : question))

type Expected = { index: number; key: string; field: string; message: string }

describe('validateQuestionnaire', () => {
  it.each<[string, Question[]]>([
    ['the shared fixture', QUESTIONS],
    ['the base questionnaire', BASE],
    ['a condition on a boolean question', patched(3, { conditions: [{ questionKey: 'permis', values: ['oui'] }] })],
    [
      'a condition on a multiple question',
      [...BASE, { key: 'suite', label: 'Suite ?', type: 'boolean', conditions: [{ questionKey: 'diplome', values: ['licence'] }] }],
    ],
    ['a number question with only a minimum', patched(0, { max: null })],
    ['an empty questionnaire', []],
  ])('accepts %s', (_label, questions) => {
    expect(validateQuestionnaire(questions)).toEqual([])
  })

  it.each<[string, Question[], Expected[]]>([
    [
      'an empty key',
      patched(0, { key: '' }),
      [{ index: 0, key: '', field: 'key', message: "La question n°1 n'a pas de clé : indique une clé de critère, par exemple « age »." }],
    ],
    [
      'a key with capitals and accents',
      patched(1, { key: 'Situation_é' }),
      [
        {
          index: 1,
          key: 'Situation_é',
          field: 'key',
          message:
            'La question n°2 a une clé invalide (« Situation_é ») : une clé commence par une lettre minuscule et ne contient que des lettres minuscules sans accent, des chiffres et « _ ».',
        },
      ],
    ],
    [
      'a duplicate key',
      patched(3, { key: 'age' }),
      [{ index: 3, key: 'age', field: 'key', message: 'La question n°4 (« age ») reprend la clé « age » de la question n°1 : chaque clé doit être unique.' }],
    ],
    [
      'an empty label',
      patched(2, { label: '  ' }),
      [{ index: 2, key: 'permis', field: 'label', message: "La question n°3 (« permis ») n'a pas d'intitulé : écris la question telle qu'elle sera posée." }],
    ],
    [
      'an unknown type',
      patched(2, { type: 'text' as Question['type'] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'type',
          message: 'La question n°3 (« permis ») a un type inconnu (« text ») : choisis entre choix unique, choix multiple, nombre ou oui/non.',
        },
      ],
    ],
    [
      'a choice question with one option',
      patched(1, { options: [{ value: 'etudiant', label: 'Étudiant' }] }),
      [{ index: 1, key: 'situation', field: 'options', message: 'La question n°2 (« situation ») doit proposer au moins 2 réponses.' }],
    ],
    [
      'a choice question without options',
      patched(3, { options: null }),
      [{ index: 3, key: 'diplome', field: 'options', message: 'La question n°4 (« diplome ») doit proposer au moins 2 réponses.' }],
    ],
    [
      'duplicate option values',
      patched(1, {
        options: [
          { value: 'etudiant', label: 'Étudiant' },
          { value: 'etudiant', label: 'Étudiante' },
        ],
      }),
      [
        {
          index: 1,
          key: 'situation',
          field: 'options.1.value',
          message: 'La question n°2 (« situation ») propose deux fois la valeur « etudiant » : chaque réponse doit être unique.',
        },
      ],
    ],
    [
      'the reserved option value',
      patched(3, {
        options: [
          { value: 'bac', label: 'Bac' },
          { value: 'ne_sais_pas', label: 'Je ne sais pas' },
        ],
      }),
      [
        {
          index: 3,
          key: 'diplome',
          field: 'options.1.value',
          message:
            "La question n°4 (« diplome ») utilise la valeur réservée « ne_sais_pas » : pour proposer « Je ne sais pas / indifférent », active plutôt l'option prévue à cet effet.",
        },
      ],
    ],
    [
      'an option without value nor label',
      patched(1, {
        options: [
          { value: 'etudiant', label: 'Étudiant' },
          { value: 'salarie', label: '' },
          { value: '', label: 'Autre' },
        ],
      }),
      [
        { index: 1, key: 'situation', field: 'options.1.label', message: "La réponse « salarie » de la question n°2 (« situation ») n'a pas de libellé." },
        { index: 1, key: 'situation', field: 'options.2.value', message: "La réponse n°3 de la question n°2 (« situation ») n'a pas de valeur." },
      ],
    ],
    [
      'a minimum above the maximum',
      patched(0, { min: 31, max: 30 }),
      [{ index: 0, key: 'age', field: 'min', message: 'La question n°1 (« age ») a un minimum (31) supérieur à son maximum (30).' }],
    ],
    [
      'a condition on an unknown key',
      patched(2, { conditions: [{ questionKey: 'handicap', values: ['oui'] }] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'conditions.0.questionKey',
          message: "La question n°3 (« permis ») dépend de « handicap », qui n'existe pas dans le questionnaire.",
        },
      ],
    ],
    [
      'a condition on a later question (forward reference)',
      patched(2, { conditions: [{ questionKey: 'diplome', values: ['bac'] }] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'conditions.0.questionKey',
          message: 'La question n°3 (« permis ») dépend de « diplome », qui vient après elle : une condition ne peut porter que sur une question précédente.',
        },
      ],
    ],
    [
      'a condition on itself (loop)',
      patched(2, { conditions: [{ questionKey: 'permis', values: ['oui'] }] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'conditions.0.questionKey',
          message: "La question n°3 (« permis ») dépend d'elle-même : une condition ne peut porter que sur une question précédente.",
        },
      ],
    ],
    [
      'a condition without question',
      patched(2, { conditions: [{ questionKey: '', values: ['oui'] }] }),
      [{ index: 2, key: 'permis', field: 'conditions.0.questionKey', message: 'La condition de la question n°3 (« permis ») ne désigne aucune question.' }],
    ],
    [
      'a condition on a number question',
      patched(2, { conditions: [{ questionKey: 'age', values: ['18'] }] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'conditions.0.questionKey',
          message:
            'La question n°3 (« permis ») dépend de « age », une question à réponse numérique : une condition ne peut porter que sur une question à choix ou oui/non.',
        },
      ],
    ],
    [
      'a condition without values',
      patched(2, { conditions: [{ questionKey: 'situation', values: [] }] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'conditions.0.values',
          message: 'La condition de la question n°3 (« permis ») ne précise aucune réponse attendue à « situation ».',
        },
      ],
    ],
    [
      'a condition value that is not an option',
      patched(2, { conditions: [{ questionKey: 'situation', values: ['etudiant', 'retraite'] }] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'conditions.0.values',
          message:
            "La condition de la question n°3 (« permis ») attend « retraite », qui n'est pas une réponse possible à « situation » (réponses possibles : « etudiant », « demandeur_emploi »).",
        },
      ],
    ],
    [
      'a boolean condition on something else than oui / non',
      patched(3, { conditions: [{ questionKey: 'permis', values: ['vrai'] }] }),
      [
        {
          index: 3,
          key: 'diplome',
          field: 'conditions.0.values',
          message:
            "La condition de la question n°4 (« diplome ») attend « vrai », qui n'est pas une réponse possible à « permis » (réponses possibles : « oui », « non »).",
        },
      ],
    ],
    [
      "a condition on the reserved 'ne_sais_pas'",
      patched(2, { conditions: [{ questionKey: 'situation', values: ['ne_sais_pas'] }] }),
      [
        {
          index: 2,
          key: 'permis',
          field: 'conditions.0.values',
          message:
            "La condition de la question n°3 (« permis ») attend « ne_sais_pas », qui n'est pas une réponse possible à « situation » (réponses possibles : « etudiant », « demandeur_emploi »).",
        },
      ],
    ],
  ])('refuses %s', (_label, questions, expected) => {
    expect(validateQuestionnaire(questions)).toEqual(expected)
  })

  it('reports every faulty question at once, in order', () => {
    const questions: Question[] = [
      { ...BASE[0], min: 40 },
      { ...BASE[1], key: 'age' },
    ]
    expect(validateQuestionnaire(questions).map(({ index, field }) => `${index}:${field}`)).toEqual(['0:min', '1:key'])
  })
})

describe('validateQuestionnaire — negative and combined conditions', () => {
  const situation: Question = {
    key: 'situation',
    label: 'Situation ?',
    type: 'single',
    options: [
      { value: 'etudiant', label: 'Étudiant' },
      { value: 'salarie', label: 'Salarié' },
    ],
  }
  const permis: Question = { key: 'permis', label: 'Permis ?', type: 'boolean' }

  it.each<[string, Question[], { field: string; message: string }[]]>([
    [
      'a valid negative and combined condition',
      [
        situation,
        permis,
        {
          key: 'aide',
          label: 'Aide ?',
          type: 'boolean',
          conditions: [
            { questionKey: 'situation', operator: 'notIn', values: ['etudiant'] },
            { questionKey: 'permis', values: ['non'] },
          ],
        },
      ],
      [],
    ],
    [
      'a negative condition pointing forward',
      [situation, { key: 'aide', label: 'Aide ?', type: 'boolean', conditions: [{ questionKey: 'permis', operator: 'notIn', values: ['oui'] }] }, permis],
      [
        {
          field: 'conditions.0.questionKey',
          message: 'La question n°2 (« aide ») dépend de « permis », qui vient après elle : une condition ne peut porter que sur une question précédente.',
        },
      ],
    ],
    [
      'the second of two conditions loops',
      [
        situation,
        {
          key: 'aide',
          label: 'Aide ?',
          type: 'boolean',
          conditions: [
            { questionKey: 'situation', values: ['salarie'] },
            { questionKey: 'aide', operator: 'notIn', values: ['oui'] },
          ],
        },
      ],
      [
        {
          field: 'conditions.1.questionKey',
          message: "La question n°2 (« aide ») dépend d'elle-même : une condition ne peut porter que sur une question précédente.",
        },
      ],
    ],
    [
      'a value of the second condition is not an answer',
      [
        situation,
        permis,
        {
          key: 'aide',
          label: 'Aide ?',
          type: 'boolean',
          conditions: [
            { questionKey: 'situation', values: ['salarie'] },
            { questionKey: 'permis', operator: 'notIn', values: ['peut_etre'] },
          ],
        },
      ],
      [
        {
          field: 'conditions.1.values',
          message:
            "La condition n°2 de la question n°3 (« aide ») attend « peut_etre », qui n'est pas une réponse possible à « permis » (réponses possibles : « oui », « non »).",
        },
      ],
    ],
    [
      'an unknown operator',
      [
        situation,
        { key: 'aide', label: 'Aide ?', type: 'boolean', conditions: [{ questionKey: 'situation', operator: 'sauf' as 'notIn', values: ['salarie'] }] },
      ],
      [
        {
          field: 'conditions.0.operator',
          message: 'La condition de la question n°2 (« aide ») a un opérateur inconnu : choisis « est l’une de » ou « n’est aucune de ».',
        },
      ],
    ],
  ])('%s', (_label, questions, expected) => {
    expect(validateQuestionnaire(questions).map(({ field, message }) => ({ field, message }))).toEqual(expected)
  })
})
