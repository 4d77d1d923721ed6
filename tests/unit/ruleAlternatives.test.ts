import { describe, expect, it } from '@jest/globals'

import { evaluateRules } from '../../src/domain/matching/evaluateRules'
import { explainMatch } from '../../src/domain/matching/explainMatch'
import { formatRules, parseRules } from '../../src/domain/matching/rulesText'
import type { EligibilityRule } from '../../src/domain/matching/types'
import { validateEligibilityRules } from '../../src/domain/offers/validateEligibilityRules'
import type { Answers } from '../../src/domain/questionnaire/types'
import { QUESTIONS } from './fixtures/questionnaire'

/** « inscrit à la Mission Locale ou salarié » — `inscriptions` is asked to job seekers only (fixture's branch). */
const ML_OR_SALARIE: EligibilityRule = {
  criterion: 'inscriptions',
  values: ['mission_locale'],
  anyOf: [{ criterion: 'situation', values: ['salarie'] }],
}
const AGE: EligibilityRule = { criterion: 'age', min: 16, max: 25 }

describe('evaluateRules — a rule with alternatives « ou »', () => {
  it.each<[string, Answers, 'matched' | 'failed' | 'unknown']>([
    ['the first alternative holds', { age: 19, situation: 'demandeur_emploi', inscriptions: ['mission_locale'] }, 'matched'],
    ['the second alternative holds', { age: 19, situation: 'salarie' }, 'matched'],
    ['neither holds', { age: 19, situation: 'demandeur_emploi', inscriptions: ['france_travail'] }, 'failed'],
    [
      'one fails, the other is unknown (« je ne sais pas »): never excludes',
      { age: 19, situation: 'demandeur_emploi', inscriptions: ['ne_sais_pas'] },
      'unknown',
    ],
    ['one fails, the other is hidden: unknown', { age: 19, situation: 'etudiant' }, 'unknown'],
    ['nothing answered: unknown', {}, 'unknown'],
  ])('%s', (_label, answers, expected) => {
    const evaluation = evaluateRules([AGE, ML_OR_SALARIE], answers, QUESTIONS)
    const outcome = evaluation.failed.includes(ML_OR_SALARIE) ? 'failed' : evaluation.unknown.includes(ML_OR_SALARIE) ? 'unknown' : 'matched'
    expect(outcome).toBe(expected)
    expect(evaluation.eligible).toBe(expected !== 'failed')
  })

  it('reports the alternatives that held, each alone, as the reasons', () => {
    const evaluation = evaluateRules([AGE, ML_OR_SALARIE], { age: 19, situation: 'salarie' }, QUESTIONS)
    expect(evaluation.matched).toEqual([AGE, { criterion: 'situation', values: ['salarie'], min: undefined, max: undefined }])
    expect(explainMatch(evaluation.matched, QUESTIONS)).toEqual(['Pour les 16–25 ans', 'Situation : Salarié ou salariée'])
  })

  it('keeps a rule without alternatives exactly as before', () => {
    const situation: EligibilityRule = { criterion: 'situation', values: ['salarie'] }
    expect(evaluateRules([situation], { situation: 'salarie' }, QUESTIONS).matched).toEqual([situation])
    expect(evaluateRules([{ ...situation, anyOf: [] }], { situation: 'etudiant' }, QUESTIONS).eligible).toBe(false)
  })
})

describe('explainMatch — a rule as written, with its alternatives', () => {
  it('joins the alternatives with « ou »', () => {
    expect(explainMatch([ML_OR_SALARIE], QUESTIONS)).toEqual(['Suivi·e par une mission locale ou Situation : Salarié ou salariée'])
  })
})

describe('validateEligibilityRules — alternatives', () => {
  it.each<[string, EligibilityRule[], { index: number; alternative?: number; field: string; message: string }[]]>([
    ['valid alternatives', [AGE, ML_OR_SALARIE], []],
    [
      'an alternative on an unknown criterion',
      [{ ...ML_OR_SALARIE, anyOf: [{ criterion: 'astrologie', values: ['belier'] }] }],
      [
        {
          index: 0,
          alternative: 0,
          field: 'criterion',
          message:
            'Condition n°1, alternative « ou » n°1 : le critère « astrologie » n’existe pas dans le questionnaire de ce thème (critères possibles : age, situation, inscriptions, diplome, permis, enfants).',
        },
      ],
    ],
    [
      'an alternative with an impossible answer',
      [{ ...ML_OR_SALARIE, anyOf: [{ criterion: 'situation', values: ['retraite'] }] }],
      [
        {
          index: 0,
          alternative: 0,
          field: 'values',
          message:
            'Condition n°1, alternative « ou » n°1 : « retraite » ne fait pas partie des réponses possibles à « situation » (etudiant, demandeur_emploi, salarie).',
        },
      ],
    ],
    [
      'an alternative on a number without bounds',
      [{ ...ML_OR_SALARIE, anyOf: [{ criterion: 'age' }] }],
      [{ index: 0, alternative: 0, field: 'min', message: 'Condition n°1, alternative « ou » n°1 : indiquez un minimum et/ou un maximum pour « age ».' }],
    ],
    [
      'an alternative may use a criterion another rule uses',
      [
        { criterion: 'situation', values: ['salarie'] },
        { ...AGE, anyOf: [{ criterion: 'situation', values: ['etudiant'] }] },
      ],
      [],
    ],
  ])('%s', (_label, rules, expected) => {
    expect(validateEligibilityRules(rules, QUESTIONS)).toEqual(expected)
  })
})

describe('rules in a spreadsheet cell — alternatives « ou »', () => {
  it.each<[string, EligibilityRule[]]>([
    [
      'age:16-25 | inscriptions=mission_locale ou situation=salarie',
      [
        { criterion: 'age', values: [], min: 16, max: 25 },
        {
          criterion: 'inscriptions',
          values: ['mission_locale'],
          min: null,
          max: null,
          anyOf: [{ criterion: 'situation', values: ['salarie'], min: null, max: null }],
        },
      ],
    ],
    [
      'situation=etudiant OU age:-20',
      [{ criterion: 'situation', values: ['etudiant'], min: null, max: null, anyOf: [{ criterion: 'age', values: [], min: null, max: 20 }] }],
    ],
  ])('%s', (text, rules) => {
    expect(parseRules(text)).toEqual({ rules, errors: [] })
  })

  it('writes what it reads', () => {
    expect(formatRules(parseRules('age:16-25 | inscriptions=mission_locale ou situation=salarie,etudiant').rules)).toBe(
      'age:16-25 | inscriptions=mission_locale ou situation=salarie,etudiant',
    )
  })

  it('refuses an alternative written wrong', () => {
    expect(parseRules('situation=etudiant ou rien').errors).toEqual([
      'Condition n°1 « situation=etudiant ou rien » : écrivez « critère=valeur1,valeur2 » ou « critère:min-max », séparées par « | », une alternative par « ou » (ex. « age:16-25 | permis=non ou situation=etudiant »).',
    ])
  })
})
