import { describe, expect, it } from '@jest/globals'

import { isValidEmail } from '../../src/domain/contact/validateEmail'

describe('isValidEmail', () => {
  it.each([
    'camille@example.fr',
    'camille.durand@mission-locale.fr',
    'c.durand+boussole@mail.example.org',
    "o'neil@example.com",
    'élodie@exemple.fr',
    'contact@xn--bcher-kva.example',
    `${'a'.repeat(64)}@example.fr`,
    `a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.fr`,
  ])('accepts %s', (input) => {
    expect(isValidEmail(input)).toBe(true)
  })

  it.each<[string, string]>([
    ['empty', ''],
    ['no @', 'camille.example.fr'],
    ['two @', 'camille@durand@example.fr'],
    ['no dot in the domain', 'camille@localhost'],
    ['a space', 'camille durand@example.fr'],
    ['a leading space', ' camille@example.fr'],
    ['a trailing newline', 'camille@example.fr\n'],
    ['empty local part', '@example.fr'],
    ['empty domain', 'camille@'],
    ['local part of 65 characters', `${'a'.repeat(65)}@example.fr`],
    ['more than 254 characters', `a@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(60)}.fr${'x'.repeat(10)}.fr`],
    ['leading dot in the local part', '.camille@example.fr'],
    ['double dot in the local part', 'camille..durand@example.fr'],
    ['trailing dot in the domain', 'camille@example.fr.'],
    ['double dot in the domain', 'camille@example..fr'],
    ['hyphen at a label edge', 'camille@-example.fr'],
    ['one-letter top-level domain', 'camille@example.f'],
    ['numeric top-level domain', 'camille@example.123'],
    ['forbidden character', 'camille<durand>@example.fr'],
    ['comma', 'camille,durand@example.fr'],
  ])('refuses %s (%j)', (_label, input) => {
    expect(isValidEmail(input)).toBe(false)
  })

  it('refuses a non-string coming from untrusted input', () => {
    expect(isValidEmail(null as unknown as string)).toBe(false)
  })
})
