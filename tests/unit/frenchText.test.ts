import { describe, expect, it } from '@jest/globals'

import { countOf, formatDays, formatNumber, formatRounded, quote, quoteAll, waitText } from '../../src/domain/shared/frenchText'

describe('French wording', () => {
  it.each<[string, string, string]>([
    ['no day', formatDays(0), '0 jour'],
    ['one day', formatDays(1), '1 jour'],
    ['two days', formatDays(2), '2 jours'],
    ['a week', formatDays(7), '7 jours'],
    ['a regular plural', countOf(3, 'commune'), '3 communes'],
    ['the singular for one', countOf(1, 'commune'), '1 commune'],
    ['an irregular plural', countOf(2, 'travail', 'travaux'), '2 travaux'],
    ['its singular', countOf(1, 'travail', 'travaux'), '1 travail'],
    ['a few seconds round up to a minute', waitText(1), '1 minute'],
    ['90 seconds', waitText(90), '2 minutes'],
    ['59 minutes', waitText(59 * 60), '59 minutes'],
    ['one hour', waitText(60 * 60), '1 heure'],
    ['61 minutes round up to hours', waitText(61 * 60), '2 heures'],
    ['quotation marks', quote('Emploi'), '« Emploi »'],
    ['a quoted list', quoteAll(['46042', '46102']), '« 46042 », « 46102 »'],
    ['a quoted list of one', quoteAll(['46042']), '« 46042 »'],
    ['decimal comma', formatNumber(2.5), '2,5'],
    ['an integer', formatNumber(12), '12'],
    ['an exact value is not rounded', formatNumber(2.25), '2,25'],
    ['rounded to one decimal', formatRounded(1.46), '1,5'],
    ['no trailing zero', formatRounded(2.04), '2'],
    ['thousands grouped', formatRounded(1234), '1\u202f234'],
    ['two decimals asked', formatRounded(0.126, 2), '0,13'],
    ['a percentage figure', formatRounded(33.333), '33,3'],
  ])('%s → %j', (_case, actual, expected) => {
    expect(actual).toBe(expected)
  })
})
