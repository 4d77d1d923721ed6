import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'

import { ProConnectLogin } from '../../src/admin/proConnect/ProConnectLogin'
import { FLOW_COOKIE } from '../../src/auth/proConnect/flowCookie'
import { loginPagePath, PROCONNECT_MESSAGE_PARAM, PROCONNECT_MESSAGES } from '../../src/auth/proConnect/loginPageMessage'
import { SIGN_IN_COOKIE } from '../../src/auth/proConnect/signInCookie'
import { proConnectSettings } from '../../src/config/proConnect'
import { verifiedMessage } from '../../src/security/signedMessage'
import { DEMO_PASSWORD } from '../../src/seed/users'
import { apiClient, type ApiClient } from '../helpers/api'
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidcProvider'
import { useTestPayload } from '../helpers/payload'

/**
 * ProConnect sign-in end to end against a real OpenID Connect provider (`oidc-provider`, configured as ProConnect:
 * code flow, PKCE, signed userinfo), through Payload's real REST route handlers: the callback opens the same
 * session as a password login, only for an existing active account, and every refusal or failure lands on the
 * login page with a French message, never a 500.
 */
const context = useTestPayload()
const REDIRECT_URI = 'http://localhost:3000/api/users/proconnect/callback'
const PROCONNECT_ENV = ['PROCONNECT_ISSUER', 'PROCONNECT_CLIENT_ID', 'PROCONNECT_CLIENT_SECRET'] as const
let provider: TestOidcProvider
let api: ApiClient

function enable(issuer = provider.issuer) {
  process.env.PROCONNECT_ISSUER = issuer
  process.env.PROCONNECT_CLIENT_ID = provider.clientId
  process.env.PROCONNECT_CLIENT_SECRET = provider.clientSecret
}
const disable = () => PROCONNECT_ENV.forEach((name) => delete process.env[name])

beforeAll(async () => {
  provider = await startOidcProvider({ redirectUri: REDIRECT_URI })
  api = apiClient(context.payload)
  enable()
  expect(proConnectSettings()?.redirectUri).toBe(REDIRECT_URI)
})
afterAll(async () => {
  disable()
  await provider?.close()
})

const cookieValue = (setCookies: string[], name: string) => {
  const cookie = setCookies.find((value) => value.startsWith(`${name}=`))
  return cookie ? cookie.slice(name.length + 1).split(';')[0] : null
}

/** `GET /api/users/proconnect/login`: the provider's authorization address and the flow cookie. */
async function startLogin(query = '') {
  const response = await api.rest('GET', `/users/proconnect/login${query}`)
  expect(response.status).toBe(302)
  const flow = cookieValue(response.headers.getSetCookie(), FLOW_COOKIE)
  return { location: response.headers.get('location')!, flow, setCookies: response.headers.getSetCookie() }
}

/** `GET /api/users/proconnect/callback?…` with the flow cookie (or none). */
async function callback(url: URL, flow: string | null) {
  const response = await api.rest('GET', `/users/proconnect/callback${url.search}`, { headers: flow ? { Cookie: `${FLOW_COOKIE}=${flow}` } : {} })
  const location = response.headers.get('location') ?? ''
  const message = verifiedMessage(
    context.payload.secret,
    loginPagePath(context.payload),
    PROCONNECT_MESSAGE_PARAM,
    Object.fromEntries(new URL(location, 'http://localhost:3000').searchParams),
  )
  return { status: response.status, location, message, setCookies: response.headers.getSetCookie() }
}

/** The whole sign-in as `email` at the provider, back to Boussole's callback. */
async function signInWithProConnect(email: string, query = '') {
  provider.signInAs({ email, given_name: 'Camille', usual_name: 'Durand' })
  const start = await startLogin(query)
  const back = await provider.authorize(start.location)
  return callback(back, start.flow)
}

/** What a browser of the back office sends with the session cookie (Payload checks the Origin of cookie-authenticated requests). */
const withSession = (token: string) => ({ headers: { Cookie: `payload-token=${token}`, Origin: 'http://localhost:3000' } })
const countUsers = async () => (await context.payload.count({ collection: 'users', overrideAccess: true })).totalDocs
const accountOf = async (email: string) =>
  (await context.payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })) as {
    id: number
    sessions?: { id: string }[]
    resetPasswordToken?: string | null
  }

describe('signing in with ProConnect', () => {
  it('sends the browser to the provider with PKCE, state and nonce, kept in a short-lived HttpOnly SameSite=Lax cookie', async () => {
    const { location, setCookies, flow } = await startLogin()
    const authorization = new URL(location)
    expect(authorization.origin).toBe(provider.issuer)
    expect(Object.fromEntries(authorization.searchParams)).toMatchObject({
      client_id: provider.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid email given_name usual_name',
      code_challenge_method: 'S256',
    })
    for (const param of ['state', 'nonce', 'code_challenge']) expect(authorization.searchParams.get(param)?.length).toBeGreaterThan(20)
    const cookie = setCookies.find((value) => value.startsWith(`${FLOW_COOKIE}=`))!
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Lax/)
    expect(cookie).toMatch(/; Max-Age=600/)
    expect(cookie).toMatch(/; Path=\/api\/users\/proconnect\/callback/)
    // Encrypted: neither the state nor the nonce can be read from it.
    expect(flow).not.toContain(authorization.searchParams.get('state'))
    expect(Buffer.from(flow!, 'base64url').toString('latin1')).not.toContain(authorization.searchParams.get('nonce'))
  })

  it('opens a normal Payload session for the partner with that email (any case): /api/users/me, then logout', async () => {
    const before = await accountOf('pro.missionlocale46@boussole.test')
    const result = await signInWithProConnect('Pro.MissionLocale46@Boussole.TEST')
    expect(result.status).toBe(302)
    expect(result.location).toBe('/admin')
    const sessionCookie = result.setCookies.find((value) => value.startsWith('payload-token='))!
    expect(sessionCookie).toMatch(/; HttpOnly/)
    expect(sessionCookie).toMatch(/; SameSite=Lax/)
    expect(sessionCookie).toMatch(/; Path=\//)
    expect(result.setCookies.find((value) => value.startsWith(`${FLOW_COOKIE}=`))).toMatch(/Max-Age=0/)
    const token = cookieValue(result.setCookies, 'payload-token')!
    const me = await api.rest('GET', '/users/me', withSession(token))
    expect(me.status).toBe(200)
    expect(me.json.user).toMatchObject({ email: 'pro.missionlocale46@boussole.test', role: 'partner' })
    // The session is stored on the account like a password login's.
    expect((await accountOf('pro.missionlocale46@boussole.test')).sessions?.length).toBe((before.sessions?.length ?? 0) + 1)

    const logout = await api.rest('POST', '/users/logout', withSession(token))
    expect(logout.status).toBe(200)
    expect((await api.rest('GET', '/users/me', withSession(token))).json.user).toBeNull()
  })

  it('lets an administrator and an animator in too, and keeps a back-office redirect', async () => {
    const admin = await signInWithProConnect('admin@boussole.test', '?redirect=/admin/collections/offers')
    expect(admin.location).toBe('/admin/collections/offers')
    const animator = await signInWithProConnect('animateur.lot@boussole.test', '?redirect=https://evil.example/admin')
    expect(animator.location).toBe('/admin')
    const token = cookieValue(animator.setCookies, 'payload-token')!
    expect((await api.rest('GET', '/users/me', withSession(token))).json.user?.role).toBe('animator')
  })

  it('lets an invited account that has not chosen a password in, and its invitation link stays valid', async () => {
    const invited = await context.payload.create({
      collection: 'users',
      data: { email: 'invitee.proconnect@example.org', name: 'Invitée ProConnect', role: 'animator' } as never,
      overrideAccess: true,
    })
    const link = (await accountOf(invited.email)).resetPasswordToken
    expect(link).toBeTruthy()
    const result = await signInWithProConnect('invitee.proconnect@example.org')
    expect(result.location).toBe('/admin')
    expect(cookieValue(result.setCookies, 'payload-token')).toBeTruthy()
    expect((await accountOf(invited.email)).resetPasswordToken).toBe(link)
  })
})

describe('refusals land on the login page with a French message', () => {
  it('an unknown email: no account is created, no session', async () => {
    const before = await countUsers()
    const result = await signInWithProConnect('inconnu.proconnect@example.org')
    expect(result.status).toBe(302)
    expect(result.location.startsWith('/admin/login?')).toBe(true)
    expect(result.message).toBe(
      'Aucun compte Boussole n’est associé à inconnu.proconnect@example.org : demandez une invitation à l’animation de votre territoire.',
    )
    expect(cookieValue(result.setCookies, 'payload-token')).toBeNull()
    expect(await countUsers()).toBe(before)
  })

  it('a deactivated account', async () => {
    const user = await context.payload.create({
      collection: 'users',
      data: { email: 'desactive.proconnect@example.org', password: 'Un-mot-de-passe-solide-2026', name: 'Compte désactivé', role: 'animator' } as never,
      overrideAccess: true,
    })
    await context.payload.update({ collection: 'users', id: user.id, data: { active: false } as never, overrideAccess: true })
    const result = await signInWithProConnect('desactive.proconnect@example.org')
    expect(result.message).toBe('Le compte Boussole associé à desactive.proconnect@example.org a été désactivé. Contactez l’animation de votre territoire.')
    expect(cookieValue(result.setCookies, 'payload-token')).toBeNull()
    expect((await accountOf(user.email)).sessions ?? []).toHaveLength(0)
  })

  it('a state that does not match the flow cookie (a callback of another attempt)', async () => {
    const first = await startLogin()
    provider.signInAs({ email: 'pro.missionlocale46@boussole.test' })
    const second = await startLogin()
    const back = await provider.authorize(second.location)
    const result = await callback(back, first.flow)
    expect(result.message).toBe(PROCONNECT_MESSAGES.failed)
    expect(cookieValue(result.setCookies, 'payload-token')).toBeNull()
  })

  it('a tampered or missing flow cookie, a missing code, a replayed callback, a cancelled sign-in', async () => {
    provider.signInAs({ email: 'pro.missionlocale46@boussole.test' })
    const start = await startLogin()
    const back = await provider.authorize(start.location)
    expect((await callback(back, `${start.flow!.slice(0, -4)}AAAA`)).message).toBe(PROCONNECT_MESSAGES.expired)
    expect((await callback(back, null)).message).toBe(PROCONNECT_MESSAGES.expired)
    const withoutCode = new URL(back)
    withoutCode.searchParams.delete('code')
    expect((await callback(withoutCode, start.flow)).message).toBe(PROCONNECT_MESSAGES.failed)
    // The real callback works once; the same address and cookie again is refused (the code was used).
    expect(cookieValue((await callback(back, start.flow)).setCookies, 'payload-token')).toBeTruthy()
    const replay = await callback(back, start.flow)
    expect(replay.message).toBe(PROCONNECT_MESSAGES.failed)
    expect(cookieValue(replay.setCookies, 'payload-token')).toBeNull()
    const cancelled = new URL(REDIRECT_URI)
    cancelled.search = new URLSearchParams({ error: 'access_denied', state: 'x' }).toString()
    expect((await callback(cancelled, start.flow)).message).toBe(PROCONNECT_MESSAGES.cancelled)
  })

  it('the provider unreachable: the login endpoint answers the login page, not a 500', async () => {
    enable('http://127.0.0.1:9/')
    try {
      const response = await api.rest('GET', '/users/proconnect/login')
      expect(response.status).toBe(302)
      const location = new URL(response.headers.get('location')!, 'http://localhost:3000')
      expect(verifiedMessage(context.payload.secret, location.pathname, PROCONNECT_MESSAGE_PARAM, Object.fromEntries(location.searchParams))).toBe(
        PROCONNECT_MESSAGES.unavailable,
      )
    } finally {
      enable()
    }
  })
})

describe('the login page', () => {
  const render = (searchParams: Record<string, string> = {}) => {
    const element = ProConnectLogin({ payload: context.payload, searchParams })
    return element ? renderToStaticMarkup(element) : ''
  }

  it('shows « S’identifier avec ProConnect » and a signed refusal, never a forged one', async () => {
    const html = render({ redirect: '/admin/collections/leads' })
    expect(html).toContain('S’identifier avec ProConnect')
    expect(html).toContain('href="/api/users/proconnect/login?redirect=%2Fadmin%2Fcollections%2Fleads"')
    const refused = await signInWithProConnect('inconnu2.proconnect@example.org')
    const params = Object.fromEntries(new URL(refused.location, 'http://localhost:3000').searchParams)
    expect(render(params)).toContain('Aucun compte Boussole n’est associé à inconnu2.proconnect@example.org')
    expect(render({ ...params, [PROCONNECT_MESSAGE_PARAM]: 'Appelez le 08 99 00 00 00' })).not.toContain('08 99')
  })

  it('when ProConnect is not configured: no button, and both endpoints answer 404', async () => {
    disable()
    try {
      expect(render()).toBe('')
      for (const path of ['/users/proconnect/login', '/users/proconnect/callback?code=x&state=y']) {
        const response = await api.rest('GET', path)
        expect(response.status).toBe(404)
        expect(response.json.errors[0].message).toBe('La connexion avec ProConnect n’est pas activée sur ce site.')
      }
    } finally {
      enable()
    }
  })
})

describe('logging out', () => {
  const SITE = 'http://localhost:3000'
  const logOut = (cookies: Record<string, string>, origin = SITE) =>
    api.rest('POST', '/users/proconnect/logout', {
      headers: {
        Cookie: Object.entries(cookies)
          .map(([name, value]) => `${name}=${value}`)
          .join('; '),
        Origin: origin,
      },
    })

  it('signed in with ProConnect: the account takes the name ProConnect proved, and the ID token is kept for the logout', async () => {
    const result = await signInWithProConnect('animateur.lot@boussole.test')
    const cookie = result.setCookies.find((value) => value.startsWith(`${SIGN_IN_COOKIE}=`))!
    expect(cookie).toMatch(/; Max-Age=28800; Path=\/api\/users\/proconnect\/logout; HttpOnly; SameSite=Lax/)
    // Sealed: the ID token cannot be read from it.
    expect(Buffer.from(cookieValue(result.setCookies, SIGN_IN_COOKIE)!, 'base64url').toString('latin1')).not.toMatch(/eyJ/)
    const account = await context.payload.find({ collection: 'users', where: { email: { equals: 'animateur.lot@boussole.test' } }, overrideAccess: true })
    expect(account.docs[0].name).toBe('Camille Durand')
  })

  it('« Se déconnecter » ends the Payload session, then ProConnect’s, which comes back to the login page', async () => {
    const result = await signInWithProConnect('animateur.lot@boussole.test')
    const token = cookieValue(result.setCookies, 'payload-token')!
    const signIn = cookieValue(result.setCookies, SIGN_IN_COOKIE)!
    const sessions = (await accountOf('animateur.lot@boussole.test')).sessions?.length ?? 0

    const response = await logOut({ 'payload-token': token, [SIGN_IN_COOKIE]: signIn })
    expect(response.status).toBe(303)
    const location = new URL(response.headers.get('location')!)
    expect(location.origin).toBe(provider.issuer)
    expect(location.searchParams.get('post_logout_redirect_uri')).toBe(`${SITE}/admin/login`)
    expect(location.searchParams.get('id_token_hint')).toMatch(/^eyJ/)
    expect(location.searchParams.get('state')?.length).toBeGreaterThan(20)
    const cleared = response.headers.getSetCookie()
    // Payload's own expired cookie: emptied, expiring now.
    const expired = cleared.find((value) => value.startsWith('payload-token='))!
    expect(expired).toMatch(/^payload-token=;/)
    expect(Date.parse(expired.match(/Expires=([^;]+)/)![1])).toBeLessThanOrEqual(Date.now())
    expect(cleared.find((value) => value.startsWith(`${SIGN_IN_COOKIE}=`))).toMatch(/Max-Age=0/)
    expect((await api.rest('GET', '/users/me', withSession(token))).json.user).toBeNull()
    expect((await accountOf('animateur.lot@boussole.test')).sessions?.length ?? 0).toBe(sessions - 1)

    // The provider accepts the request (the ID token and the address are its own), ends its session and sends back.
    expect(await provider.hasSession()).toBe(true)
    const back = await provider.endSession(location.href)
    expect(`${back.origin}${back.pathname}`).toBe(`${SITE}/admin/login`)
    expect(await provider.hasSession()).toBe(false)
  })

  it('signed in with a password (or a forged sign-in cookie): the Payload session ends, straight to the login page', async () => {
    const token = await api.login('pro.missionlocale46@boussole.test', DEMO_PASSWORD)
    for (const cookies of [
      { 'payload-token': token } as Record<string, string>,
      { 'payload-token': await api.login('pro.missionlocale46@boussole.test', DEMO_PASSWORD), [SIGN_IN_COOKIE]: 'AAAA' },
    ]) {
      const response = await logOut(cookies)
      expect([response.status, response.headers.get('location')]).toEqual([303, '/admin/login'])
      expect((await api.rest('GET', '/users/me', withSession(cookies['payload-token']))).json.user).toBeNull()
    }
  })

  it('a logout posted from another site is refused (403, French): both sessions stay', async () => {
    const result = await signInWithProConnect('animateur.lot@boussole.test')
    const token = cookieValue(result.setCookies, 'payload-token')!
    const response = await logOut({ 'payload-token': token, [SIGN_IN_COOKIE]: cookieValue(result.setCookies, SIGN_IN_COOKIE)! }, 'https://evil.example')
    expect(response.status).toBe(403)
    expect(response.json.errors[0].message).toMatch(/depuis un autre site/)
    expect((await api.rest('GET', '/users/me', withSession(token))).json.user?.email).toBe('animateur.lot@boussole.test')
  })
})
