import { describe, expect, it } from '@jest/globals'

import { fitSms, smsLength, toGsmText } from '../../src/domain/contact/smsText'

describe('toGsmText: French text in the GSM 03.38 alphabet', () => {
  it.each([
    ['Bonjour Léa', 'Bonjour Léa'],
    ['Ta demande a été reçue', 'Ta demande a été recue'],
    ['Tu veux être rappelé(e) ?', 'Tu veux etre rappelé(e) ?'],
    ['l’organisme', "l'organisme"],
    ['« Mission Locale »', '"Mission Locale"'],
    ['«\u00a0Mission Locale\u00a0»', '"Mission Locale"'],
    ['sous 3\u00a0jours', 'sous 3 jours'],
    ['Cœur de ville', 'Coeur de ville'],
    ['À bientôt', 'A bientot'],
    ['Île-de-France, Côte-d’Or', "Ile-de-France, Cote-d'Or"],
    ['100 €', '100 €'],
    ['ça marche…', 'ca marche...'],
  ])('%j → %j', (input, expected) => {
    expect(toGsmText(input)).toBe(expected)
    expect(smsLength(toGsmText(input)).encoding).toBe('gsm')
  })
})

describe('smsLength: segments as a gateway counts them', () => {
  it.each([
    ['', 'gsm', 0, 1],
    ['a'.repeat(160), 'gsm', 160, 1],
    ['a'.repeat(161), 'gsm', 161, 2],
    ['a'.repeat(306), 'gsm', 306, 2],
    ['a'.repeat(307), 'gsm', 307, 3],
    ['€'.repeat(80), 'gsm', 160, 1],
    ['€'.repeat(81), 'gsm', 162, 2],
    ['é'.repeat(160), 'gsm', 160, 1],
    ['ç', 'ucs2', 1, 1],
    ['ç' + 'a'.repeat(69), 'ucs2', 70, 1],
    ['ç' + 'a'.repeat(70), 'ucs2', 71, 2],
    ['’' + 'a'.repeat(133), 'ucs2', 134, 2],
    ['’' + 'a'.repeat(134), 'ucs2', 135, 3],
  ])('%j → %s, %i units, %i segment(s)', (text, encoding, units, segments) => {
    expect(smsLength(text)).toEqual({ encoding, units, segments })
  })
})

describe('fitSms: one or two segments whatever the organisation is called', () => {
  const template = (name: string) => `Boussole : ta demande est envoyée à ${name}. Un pro te recontacte sous 7 jours.`

  it('keeps a short name whole', () => {
    expect(fitSms(template, 'Mission Locale')).toBe('Boussole : ta demande est envoyée à Mission Locale. Un pro te recontacte sous 7 jours.')
  })

  it.each([1, 2])('shortens a long name to fit %i segment(s), ending with « ... »', (segments) => {
    const text = fitSms(template, 'Association départementale pour l’insertion et l’accompagnement des jeunes '.repeat(4), segments)
    expect(smsLength(text)).toMatchObject({ encoding: 'gsm', segments })
    expect(text).toMatch(/\.\.\.\. Un pro te recontacte sous 7 jours\.$/)
  })

  it('refuses a template that cannot fit', () => {
    expect(() => fitSms(() => 'x'.repeat(400), 'nom')).toThrow(/does not fit/)
  })
})
