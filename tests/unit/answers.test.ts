import { describe, expect, it } from '@jest/globals'

import { answerMatchesValues, isUnknownAnswer, readAnswer } from '../../src/domain/questionnaire/answers'
import type { AnswerValue } from '../../src/domain/questionnaire/types'

describe('answerMatchesValues', () => {
  it.each<[AnswerValue | undefined, string[], boolean]>([
    ['bac', ['bac', 'bac_plus'], true],
    ['bac', ['bac_plus'], false],
    ['ba', ['bac'], false],
    ['BAC', ['bac'], false],
    [['x', 'y'], ['y'], true],
    [['x'], ['y'], false],
    [[], ['y'], false],
    ['ne_sais_pas', ['ne_sais_pas'], false],
    [['ne_sais_pas'], ['ne_sais_pas'], false],
    [17, ['17'], false],
    [undefined, ['oui'], false],
  ])('%j against %j → %s', (answer, values, expected) => {
    expect(answerMatchesValues(answer, values)).toBe(expected)
  })
})

describe('isUnknownAnswer', () => {
  it.each<[AnswerValue | undefined, boolean]>([
    ['ne_sais_pas', true],
    [['ne_sais_pas'], true],
    ['oui', false],
    [0, false],
    [undefined, false],
  ])('%j → %s', (answer, expected) => {
    expect(isUnknownAnswer(answer)).toBe(expected)
  })
})

describe('readAnswer', () => {
  it.each<[string, AnswerValue | undefined]>([
    ['age', 17],
    ['missing', undefined],
    ['constructor', undefined],
    ['toString', undefined],
  ])('%s → %j', (key, expected) => {
    expect(readAnswer({ age: 17 }, key)).toEqual(expected)
  })
})
