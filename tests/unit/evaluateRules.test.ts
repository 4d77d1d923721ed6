import { describe, expect, it } from '@jest/globals'

import { evaluateRules } from '../../src/domain/matching/evaluateRules'
import type { EligibilityRule } from '../../src/domain/matching/types'
import type { Answers } from '../../src/domain/questionnaire/types'
import { QUESTIONS } from './fixtures/questionnaire'

type Outcome = 'matched' | 'failed' | 'unknown' | 'ignored'

const ANSWERS: Answers = {
  age: 17,
  situation: 'demandeur_emploi',
  inscriptions: ['france_travail', 'mission_locale'],
  diplome: 'ne_sais_pas',
  enfants: 0,
}

/** Where a single rule ends up. */
function outcomeOf(rule: EligibilityRule, answers: Answers): Outcome {
  const result = evaluateRules([rule], answers, QUESTIONS)
  if (result.matched.includes(rule)) return 'matched'
  if (result.failed.includes(rule)) return 'failed'
  return result.unknown.includes(rule) ? 'unknown' : 'ignored'
}

describe('evaluateRules — one rule', () => {
  it.each<[string, EligibilityRule, Outcome]>([
    ['age inside [16, 25]', { criterion: 'age', min: 16, max: 25 }, 'matched'],
    ['age on the lower bound', { criterion: 'age', min: 17, max: 25 }, 'matched'],
    ['age on the upper bound', { criterion: 'age', min: 10, max: 17 }, 'matched'],
    ['age below the minimum', { criterion: 'age', min: 18, max: 25 }, 'failed'],
    ['age above the maximum', { criterion: 'age', min: 10, max: 16 }, 'failed'],
    ['min only, satisfied', { criterion: 'age', min: 16 }, 'matched'],
    ['min only, not satisfied', { criterion: 'age', min: 18, max: null }, 'failed'],
    ['max only, satisfied', { criterion: 'age', max: 25 }, 'matched'],
    ['max only, not satisfied', { criterion: 'age', min: null, max: 16 }, 'failed'],
    ['zero is an answer, not a missing one', { criterion: 'enfants', max: 0 }, 'matched'],
    ['single answer among values', { criterion: 'situation', values: ['etudiant', 'demandeur_emploi'] }, 'matched'],
    ['single answer not among values', { criterion: 'situation', values: ['salarie'] }, 'failed'],
    ['exact comparison, never substring', { criterion: 'situation', values: ['demandeur'] }, 'failed'],
    ['multiple answer overlapping values', { criterion: 'inscriptions', values: ['mission_locale'] }, 'matched'],
    ['multiple answer without overlap', { criterion: 'inscriptions', values: ['aucune'] }, 'failed'],
    ['« je ne sais pas » answer', { criterion: 'diplome', values: ['bac'] }, 'unknown'],
    ['unanswered criterion', { criterion: 'handicap', values: ['oui'] }, 'unknown'],
    ['hidden question (answered but its condition fails)', { criterion: 'permis', values: ['oui'] }, 'unknown'],
    ['range rule on a text answer', { criterion: 'situation', min: 1 }, 'failed'],
    ['values rule on a number answer', { criterion: 'age', values: ['17'] }, 'failed'],
    ['values and range both satisfied', { criterion: 'enfants', values: [], min: 0, max: 2 }, 'matched'],
    ['neither values nor bounds', { criterion: 'age' }, 'ignored'],
    ['empty values and null bounds', { criterion: 'situation', values: [], min: null, max: null }, 'ignored'],
  ])('%s → %s', (_label, rule, expected) => {
    expect(outcomeOf(rule, { ...ANSWERS, permis: 'oui' })).toBe(expected)
  })

  it('treats the answer to a hidden question as unknown, and the visible one as known', () => {
    const rule: EligibilityRule = { criterion: 'inscriptions', values: ['aucune'] }
    expect(outcomeOf(rule, ANSWERS)).toBe('failed')
    expect(outcomeOf(rule, { ...ANSWERS, situation: 'etudiant' })).toBe('unknown')
  })
})

describe('evaluateRules — several rules', () => {
  const age: EligibilityRule = { criterion: 'age', min: 16, max: 25 }
  const situation: EligibilityRule = { criterion: 'situation', values: ['demandeur_emploi'] }
  const diplome: EligibilityRule = { criterion: 'diplome', values: ['aucun'] }
  const salarie: EligibilityRule = { criterion: 'situation', values: ['salarie'] }
  const empty: EligibilityRule = { criterion: 'enfants' }

  it.each<[string, EligibilityRule[], { eligible: boolean; matched: EligibilityRule[]; failed: EligibilityRule[]; unknown: EligibilityRule[] }]>([
    ['no rules: eligible', [], { eligible: true, matched: [], failed: [], unknown: [] }],
    ['all matched', [age, situation], { eligible: true, matched: [age, situation], failed: [], unknown: [] }],
    ['unknown rules do not exclude', [age, diplome], { eligible: true, matched: [age], failed: [], unknown: [diplome] }],
    ['one failed rule excludes', [age, salarie, diplome], { eligible: false, matched: [age], failed: [salarie], unknown: [diplome] }],
    ['ignored rules appear nowhere', [empty, situation], { eligible: true, matched: [situation], failed: [], unknown: [] }],
  ])('%s', (_label, rules, expected) => {
    expect(evaluateRules(rules, ANSWERS, QUESTIONS)).toEqual(expected)
  })
})
