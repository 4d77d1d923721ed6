import { describe, expect, it } from '@jest/globals'

import { expiredFlowCookie, flowCookie, openFlow, sealFlow, type ProConnectFlow } from '../../src/auth/proConnect/flowCookie'
import { expiredSignInCookie, openSignIn, SIGN_IN_COOKIE, sealSignIn, signInCookie } from '../../src/auth/proConnect/signInCookie'
import { DEFAULT_PROCONNECT_SCOPES, proConnectSettings } from '../../src/config/proConnect'
import { matchProConnectAccount, proConnectEmail, proConnectName, proConnectRefusalMessage } from '../../src/domain/accounts/proConnectAccount'

/** ProConnect sign-in: the account matching rule, the settings read from the environment, the flow cookie. */
describe('the email ProConnect proved', () => {
  it.each([
    [{ email: 'Camille.Durand@Mission-Locale.fr' }, 'camille.durand@mission-locale.fr'],
    [{ email: '  agent@travail.gouv.fr ' }, 'agent@travail.gouv.fr'],
    [{ email: '' }, null],
    [{ email: 'pas une adresse' }, null],
    [{ email: 42 }, null],
    [{}, null],
    [null, null],
  ])('%j → %s', (claims, expected) => {
    expect(proConnectEmail(claims as never)).toBe(expected)
  })
})

describe('matching an existing account, never creating one', () => {
  const email = 'camille.durand@mission-locale.fr'
  it.each([
    ['no email from the provider', null, { id: 1, active: true }, { ok: false, reason: 'no-email', email: null }],
    ['no account with that email', email, null, { ok: false, reason: 'no-account', email }],
    ['a deactivated account', email, { id: 2, active: false }, { ok: false, reason: 'inactive', email }],
    ['an active account', email, { id: 3, active: true }, { ok: true, accountId: 3 }],
    ['an account without the flag (active by default)', email, { id: 4 }, { ok: true, accountId: 4 }],
  ])('%s', (_case, address, account, expected) => {
    expect(matchProConnectAccount(address, account)).toEqual(expected)
  })

  it.each([
    ['no-account', 'Aucun compte Boussole n’est associé à camille.durand@mission-locale.fr : demandez une invitation à l’animation de votre territoire.'],
    ['inactive', 'Le compte Boussole associé à camille.durand@mission-locale.fr a été désactivé. Contactez l’animation de votre territoire.'],
  ] as const)('says « %s » in French', (reason, message) => {
    expect(proConnectRefusalMessage(reason, email)).toBe(message)
  })
})

describe('the settings, off when unset', () => {
  const full = { PROCONNECT_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2', PROCONNECT_CLIENT_ID: 'id', PROCONNECT_CLIENT_SECRET: 'secret' }
  it.each([
    ['nothing set', {}],
    ['no secret', { ...full, PROCONNECT_CLIENT_SECRET: '' }],
    ['no client id', { ...full, PROCONNECT_CLIENT_ID: ' ' }],
    ['no issuer', { ...full, PROCONNECT_ISSUER: undefined }],
  ])('%s → off', (_case, env) => {
    expect(proConnectSettings(env, 'https://boussole.example')).toBeNull()
  })

  it('reads the issuer, the client, the default scopes and the redirect URI from PUBLIC_URL', () => {
    const settings = proConnectSettings(full, 'https://boussole.example/')
    expect(settings).toMatchObject({ clientId: 'id', clientSecret: 'secret', scope: DEFAULT_PROCONNECT_SCOPES })
    expect(settings?.issuer.href).toBe('https://auth.agentconnect.gouv.fr/api/v2')
    expect(settings?.redirectUri).toBe('https://boussole.example/api/users/proconnect/callback')
  })

  it.each([
    ['openid email siret', 'openid email siret'],
    ['  email   given_name ', 'openid email given_name'],
  ])('PROCONNECT_SCOPES « %s » → « %s »', (scopes, expected) => {
    expect(proConnectSettings({ ...full, PROCONNECT_SCOPES: scopes }, 'https://b.example')?.scope).toBe(expected)
  })

  it('refuses a malformed issuer with a French message', () => {
    expect(() => proConnectSettings({ ...full, PROCONNECT_ISSUER: 'auth.gouv.fr' }, 'https://b.example')).toThrow(/PROCONNECT_ISSUER doit être une adresse/)
    expect(() => proConnectSettings({ ...full, PROCONNECT_ISSUER: 'ftp://auth.gouv.fr' }, 'https://b.example')).toThrow(/https/)
  })
})

describe('the flow cookie', () => {
  const secret = 'un-secret-de-test-assez-long'
  const at = new Date('2026-12-02T10:00:00Z')
  const flow: ProConnectFlow = {
    state: 's'.repeat(43),
    nonce: 'n'.repeat(43),
    codeVerifier: 'v'.repeat(43),
    redirect: '/admin',
    expiresAt: at.getTime() + 600_000,
  }

  it('opens what it sealed, until it expires', () => {
    const sealed = sealFlow(secret, flow)
    expect(openFlow(secret, sealed, at)).toEqual(flow)
    expect(openFlow(secret, sealed, new Date(flow.expiresAt - 1))).toEqual(flow)
    expect(openFlow(secret, sealed, new Date(flow.expiresAt))).toBeNull()
  })

  it('is encrypted: its content cannot be read, changed or opened with another secret', () => {
    const sealed = sealFlow(secret, flow)
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('sss')
    const bytes = Buffer.from(sealed, 'base64url')
    bytes[bytes.length - 1] ^= 1
    expect(openFlow(secret, bytes.toString('base64url'), at)).toBeNull()
    expect(openFlow('un-autre-secret', sealed, at)).toBeNull()
    expect(sealFlow(secret, flow)).not.toBe(sealed)
  })

  it.each([
    ['empty', ''],
    ['null', null],
    ['absent', undefined],
    ['not base64url', 'pas-du-base64-valide!'],
    ['too short', 'AAAA'],
    ['too long', 'x'.repeat(5000)],
  ])('refuses a value %s', (_case, value) => {
    expect(openFlow(secret, value as never, at)).toBeNull()
  })

  it('is HttpOnly, SameSite=Lax, sent to the callback only, 10 minutes, Secure on https', () => {
    expect(flowCookie('v', false)).toBe('boussole-proconnect=v; Path=/api/users/proconnect/callback; Max-Age=600; HttpOnly; SameSite=Lax')
    expect(flowCookie('v', true)).toMatch(/; Secure$/)
    expect(expiredFlowCookie(true)).toBe('boussole-proconnect=; Path=/api/users/proconnect/callback; Max-Age=0; HttpOnly; SameSite=Lax; Secure')
  })
})

describe('the name ProConnect proved', () => {
  it.each([
    [{ given_name: 'Camille', usual_name: 'Durand' }, 'Camille Durand'],
    [{ given_name: '  Jean   Pierre ', usual_name: 'Martin-Dupont' }, 'Jean Pierre Martin-Dupont'],
    [{ usual_name: 'Durand' }, 'Durand'],
    [{ given_name: '', usual_name: '  ' }, null],
    [{ given_name: 42, usual_name: ['x'] }, null],
    [{ given_name: 'A'.repeat(100), usual_name: 'B'.repeat(100) }, `${'A'.repeat(100)} ${'B'.repeat(19)}`],
    [null, null],
  ])('%j → %j', (claims, expected) => {
    expect(proConnectName(claims as never)).toBe(expected)
  })
})

describe('the sign-in cookie (the ID token kept for the logout)', () => {
  const secret = 'un-secret-de-test-assez-long-pour-payload'
  const at = new Date('2026-12-03T10:00:00Z')
  const signIn = { idToken: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln', expiresAt: at.getTime() + 8 * 3600 * 1000 }

  it('opens what it sealed until it expires; another secret, a flow cookie or a tampered value open nothing', () => {
    const sealed = sealSignIn(secret, signIn)
    expect(sealed).not.toContain('eyJ')
    expect(openSignIn(secret, sealed, at)).toEqual(signIn)
    expect(openSignIn(secret, sealed, new Date(signIn.expiresAt))).toBeNull()
    expect(openSignIn(`${secret}-autre`, sealed, at)).toBeNull()
    expect(openSignIn(secret, `${sealed.slice(0, -4)}AAAA`, at)).toBeNull()
    const flow = sealFlow(secret, { state: 's', nonce: 'n', codeVerifier: 'c', redirect: '/admin', expiresAt: signIn.expiresAt })
    expect(openSignIn(secret, flow, at)).toBeNull()
    expect(openFlow(secret, sealed, at)).toBeNull()
  })

  it('is HttpOnly, SameSite=Lax, sent to the logout endpoint only, and removed at logout', () => {
    expect(signInCookie('v', 28800, true)).toBe(`${SIGN_IN_COOKIE}=v; Max-Age=28800; Path=/api/users/proconnect/logout; HttpOnly; SameSite=Lax; Secure`)
    expect(expiredSignInCookie(false)).toBe(`${SIGN_IN_COOKIE}=; Max-Age=0; Path=/api/users/proconnect/logout; HttpOnly; SameSite=Lax`)
  })
})
