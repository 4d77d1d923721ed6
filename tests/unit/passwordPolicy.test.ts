import { describe, expect, it } from '@jest/globals'

import { emailParts, passwordWeakness } from '../../src/domain/accounts/passwordPolicy'

const SHORT = /au moins 12 caractères/
const KINDS = /au moins trois types de caractères/
const EMAIL = /ne doit pas contenir votre adresse électronique/

describe('emailParts', () => {
  it.each([
    ['camille.dupont@example.org', ['camille.dupont', 'camille', 'dupont']],
    ['Jean-Luc.Pi@Example.org', ['jean-luc.pi', 'jean']],
    ['pro.missionlocale46@boussole.test', ['pro.missionlocale46', 'missionlocale46']],
    ['élodie_mañas+boussole@example.org', ['élodie_mañas+boussole', 'élodie', 'mañas', 'boussole']],
    ['abc@example.org', []],
    ['', []],
    [null, []],
  ] as [string | null, string[]][])('%s → %j', (email, parts) => {
    expect(emailParts(email)).toEqual(parts)
  })
})

describe('passwordWeakness', () => {
  const CASES: [string, string | (string | null)[] | undefined, RegExp | null][] = [
    ['Court-1!', 'camille.dupont@example.org', SHORT],
    ['motdepassesanschiffre', undefined, KINDS],
    ['motdepasse2026long', undefined, KINDS],
    ['Un-mot-de-passe-solide-2026', 'camille.dupont@example.org', null],
    ['Boussole-demo-2026!', 'pro.missionlocale46@boussole.test', null],
    // the whole local part, or one of its words, in any case
    ['camille.dupont-2026-A', 'camille.dupont@example.org', EMAIL],
    ['Dupont-Solide-2026!', 'camille.dupont@example.org', EMAIL],
    ['Solide-CAMILLE-2026', 'camille.dupont@example.org', EMAIL],
    // short words are not « a part of the email »
    ['Pi-solide-2026-long', 'jean.pi@example.org', null],
    // every address given counts: the stored one as well as a new one
    ['Dupont-Solide-2026!', [null, 'camille.dupont@example.org'], EMAIL],
    ['Martin-Solide-2026!', ['camille.dupont@example.org', 'camille.martin@example.org'], EMAIL],
    ['Solide-Rouge-2026!', ['camille.dupont@example.org', 'camille.martin@example.org'], null],
  ]
  it.each(CASES)('%s with %j → %s', (password, emails, expected) => {
    const result = passwordWeakness(password, emails)
    if (expected === null) expect(result).toBeNull()
    else expect(result).toMatch(expected)
  })
})
