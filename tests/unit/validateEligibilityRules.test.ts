import { describe, expect, it } from '@jest/globals'

import type { EligibilityRule } from '../../src/domain/matching/types'
import { validateEligibilityRules, type RuleContext } from '../../src/domain/offers/validateEligibilityRules'
import type { Question } from '../../src/domain/questionnaire/types'
import { QUESTIONS } from './fixtures/questionnaire'

/** A territory's own questionnaire: the age, and a local question the national template does not ask. */
const OVERRIDE: Question[] = [
  QUESTIONS[0],
  {
    key: 'secteur',
    label: 'Où cherches-tu ?',
    type: 'single',
    options: [
      { value: 'nord', label: 'Nord' },
      { value: 'sud', label: 'Sud' },
    ],
  },
]
const rule = (criterion: string, values: string[] = [], min: number | null = null, max: number | null = null): EligibilityRule => ({
  criterion,
  values,
  min,
  max,
})

describe('validateEligibilityRules against the applicable questionnaire', () => {
  it.each<[string, EligibilityRule[], Question[], RuleContext, { field: string; message: RegExp }[]]>([
    ['a known choice criterion with an accepted value', [rule('situation', ['etudiant'])], QUESTIONS, {}, []],
    ['a number criterion with bounds', [rule('age', [], 16, 25)], QUESTIONS, {}, []],
    [
      'an unknown criterion',
      [rule('astrologie', ['belier'])],
      QUESTIONS,
      {},
      [{ field: 'criterion', message: /n’existe pas dans le questionnaire de ce thème/ }],
    ],
    [
      'a criterion only the replaced national template asks',
      [rule('situation', ['etudiant'])],
      OVERRIDE,
      { overriddenTemplate: QUESTIONS },
      [
        {
          field: 'criterion',
          message:
            /« situation » n’est posé que par le questionnaire national ; ce territoire a son propre questionnaire .*\(critères possibles : age, secteur\)/,
        },
      ],
    ],
    ['the override’s own criterion', [rule('secteur', ['nord'])], OVERRIDE, { overriddenTemplate: QUESTIONS }, []],
    ['a criterion both ask', [rule('age', [], 18, null)], OVERRIDE, { overriddenTemplate: QUESTIONS }, []],
    [
      'a criterion neither asks, with a template replaced',
      [rule('astrologie', ['belier'])],
      OVERRIDE,
      { overriddenTemplate: QUESTIONS },
      [{ field: 'criterion', message: /n’existe pas dans le questionnaire de ce thème/ }],
    ],
    [
      'the same criterion twice',
      [rule('age', [], 16, null), rule('age', [], null, 25)],
      QUESTIONS,
      {},
      [{ field: 'criterion', message: /a déjà une condition/ }],
    ],
    ['min above max', [rule('age', [], 25, 16)], QUESTIONS, {}, [{ field: 'max', message: /le maximum \(16\) est inférieur au minimum \(25\)/ }]],
  ])('%s', (_case, rules, questions, context, expected) => {
    const errors = validateEligibilityRules(rules, questions, context)
    expect(errors).toEqual(expected.map(({ field, message }) => expect.objectContaining({ field, message: expect.stringMatching(message) })))
  })
})
