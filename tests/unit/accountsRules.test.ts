import { describe, expect, it } from '@jest/globals'

import { checkEmailChangeToken, emailChangeToken, emailChangeTokenAccount } from '../../src/collections/Users/emailChange'
import { INVITATION_LINK_LIFETIME_MS, lifetimeLabel, RESET_LINK_LIFETIME_MS } from '../../src/collections/Users/passwordLinks'
import { sessionCookies } from '../../src/collections/Users/sessionCookies'

describe('sessionCookies', () => {
  it.each([
    ['https://boussole.jeunes.gouv.fr', true],
    ['HTTPS://boussole.example.org/', true],
    ['http://localhost:3000', false],
    ['http://boussole.example.org', false],
    ['pas une adresse', false],
  ])('%s → Secure: %s, always SameSite=Lax', (url, secure) => {
    expect(sessionCookies(url)).toEqual({ secure, sameSite: 'Lax' })
  })
})

describe('link lifetimes', () => {
  it('a reset link lasts one hour, an invitation seven days', () => {
    expect(RESET_LINK_LIFETIME_MS).toBe(60 * 60 * 1000)
    expect(INVITATION_LINK_LIFETIME_MS).toBe(7 * 24 * 60 * 60 * 1000)
  })
  it.each([
    [60 * 60 * 1000, '1 heure'],
    [2 * 60 * 60 * 1000, '2 heures'],
    [24 * 60 * 60 * 1000, '1 jour'],
    [7 * 24 * 60 * 60 * 1000, '7 jours'],
  ])('%i ms reads « %s »', (ms, label) => {
    expect(lifetimeLabel(ms)).toBe(label)
  })
})

describe('email change tokens', () => {
  const SECRET = 'secret-de-test'
  const NOW = new Date('2026-12-02T10:00:00Z')
  const EXPIRES = NOW.getTime() + 24 * 60 * 60 * 1000
  const token = emailChangeToken(SECRET, 12, 'nouvelle@example.org', EXPIRES)

  it('names its account', () => {
    expect(emailChangeTokenAccount(token)).toBe(12)
  })

  const CASES: [string, () => ReturnType<typeof checkEmailChangeToken>, ReturnType<typeof checkEmailChangeToken>][] = [
    ['valid until it expires', () => checkEmailChangeToken(SECRET, token, 'nouvelle@example.org', NOW), { ok: true, userId: 12 }],
    ['the pending address compared case-insensitively', () => checkEmailChangeToken(SECRET, token, 'Nouvelle@Example.org', NOW), { ok: true, userId: 12 }],
    ['expired at its expiry', () => checkEmailChangeToken(SECRET, token, 'nouvelle@example.org', new Date(EXPIRES)), { ok: false, reason: 'expired' }],
    ['worthless for another pending address', () => checkEmailChangeToken(SECRET, token, 'autre@example.org', NOW), { ok: false, reason: 'invalid' }],
    ['worthless without a pending address', () => checkEmailChangeToken(SECRET, token, null, NOW), { ok: false, reason: 'invalid' }],
    ['worthless with another secret', () => checkEmailChangeToken('autre-secret', token, 'nouvelle@example.org', NOW), { ok: false, reason: 'invalid' }],
    [
      'worthless for another account',
      () => checkEmailChangeToken(SECRET, token.replace(/^12\./, '13.'), 'nouvelle@example.org', NOW),
      { ok: false, reason: 'invalid' },
    ],
    [
      'a later expiry cannot be forged',
      () => checkEmailChangeToken(SECRET, token.replace(`.${EXPIRES.toString(36)}.`, `.${(EXPIRES + 86_400_000).toString(36)}.`), 'nouvelle@example.org', NOW),
      { ok: false, reason: 'invalid' },
    ],
    [
      'a tampered signature',
      () => checkEmailChangeToken(SECRET, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, 'nouvelle@example.org', NOW),
      { ok: false, reason: 'invalid' },
    ],
    ['not a string', () => checkEmailChangeToken(SECRET, 42, 'nouvelle@example.org', NOW), { ok: false, reason: 'invalid' }],
    ['a huge value', () => checkEmailChangeToken(SECRET, `${token}${'A'.repeat(10_000)}`, 'nouvelle@example.org', NOW), { ok: false, reason: 'invalid' }],
  ]
  it.each(CASES)('%s', (_name, check, expected) => {
    expect(check()).toEqual(expected)
  })
})
