import { logoutOperation, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'
import { formatAdminURL, generateExpiredPayloadCookie, getSafeRedirect, parseCookies } from 'payload/shared'

import { endSessionUrl, finishAuthorization, startAuthorization } from '@/auth/proConnect/client'
import { expiredFlowCookie, FLOW_COOKIE, FLOW_LIFETIME_MS, flowCookie, openFlow, sealFlow } from '@/auth/proConnect/flowCookie'
import { loginPageWithMessage, PROCONNECT_MESSAGES } from '@/auth/proConnect/loginPageMessage'
import { openPayloadSession } from '@/auth/proConnect/openSession'
import { expiredSignInCookie, openSignIn, SIGN_IN_COOKIE, sealSignIn, signInCookie } from '@/auth/proConnect/signInCookie'
import { proConnectSettings, type ProConnectSettings } from '@/config/proConnect'
import { matchProConnectAccount, proConnectEmail, proConnectName, proConnectRefusalMessage } from '@/domain/accounts/proConnectAccount'
import { now } from '@/plugins/boussole/server'
import { isCrossOriginPost } from '@/security/crossOriginPost'

/**
 * Sign-in with ProConnect (the State's OpenID Connect federation for professionals), next to the password:
 * - `GET /api/users/proconnect/login[?redirect=/admin/…]` sends the browser to ProConnect (authorization code
 *   with PKCE, `state` and `nonce` kept in a 10-minute encrypted HttpOnly cookie);
 * - `GET /api/users/proconnect/callback` exchanges the code, validates the ID token, reads the email and opens
 *   a normal Payload session on the **existing** account with that email — never creating one; the account's
 *   name becomes the one ProConnect proved, and the ID token is kept (sealed cookie) for the logout;
 * - `POST /api/users/proconnect/logout` ends both sessions (below).
 * Any refusal or failure goes back to the login page with a French message (never a 500). Off (404) unless
 * configured (`src/config/proConnect.ts`).
 */
const NOT_ENABLED = 'La connexion avec ProConnect n’est pas activée sur ce site.'

const notFound = () => Response.json({ errors: [{ message: NOT_ENABLED }] }, { status: 404 })

const secureCookies = (req: PayloadRequest) => Boolean(req.payload.collections.users.config.auth.cookies.secure)

function redirectTo(location: string, cookies: string[], status: 302 | 303 = 302): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status, headers })
}

/** The settings, or null when off; a malformed configuration is logged and treated as unavailable. */
function settingsOf(req: PayloadRequest): ProConnectSettings | null | 'misconfigured' {
  try {
    return proConnectSettings()
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'ProConnect misconfigured' })
    return 'misconfigured'
  }
}

const queryOf = (req: PayloadRequest): URLSearchParams => req.searchParams ?? new URL(req.url ?? 'http://localhost/').searchParams

const loginHandler: PayloadHandler = async (req) => {
  const settings = settingsOf(req)
  if (!settings) return notFound()
  const adminRoute = req.payload.config.routes.admin
  if (settings === 'misconfigured') return redirectTo(loginPageWithMessage(req.payload, PROCONNECT_MESSAGES.unavailable), [])
  const requested = getSafeRedirect({ fallbackTo: adminRoute, redirectTo: queryOf(req).get('redirect') ?? adminRoute })
  const redirect = requested === adminRoute || requested.startsWith(`${adminRoute}/`) ? requested : adminRoute
  try {
    const start = await startAuthorization(settings)
    const sealed = sealFlow(req.payload.secret, {
      state: start.state,
      nonce: start.nonce,
      codeVerifier: start.codeVerifier,
      redirect,
      expiresAt: now(req.payload).getTime() + FLOW_LIFETIME_MS,
    })
    return redirectTo(start.url.href, [flowCookie(sealed, secureCookies(req))])
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'ProConnect discovery failed' })
    return redirectTo(loginPageWithMessage(req.payload, PROCONNECT_MESSAGES.unavailable), [])
  }
}

const callbackHandler: PayloadHandler = async (req) => {
  const settings = settingsOf(req)
  if (!settings) return notFound()
  const { payload } = req
  const clear = expiredFlowCookie(secureCookies(req))
  const refuse = (message: string) => redirectTo(loginPageWithMessage(payload, message), [clear])
  if (settings === 'misconfigured') return refuse(PROCONNECT_MESSAGES.unavailable)

  const query = queryOf(req)
  const flow = openFlow(payload.secret, parseCookies(req.headers).get(FLOW_COOKIE), now(payload))
  if (query.get('error') === 'access_denied') return refuse(PROCONNECT_MESSAGES.cancelled)
  if (!flow) return refuse(PROCONNECT_MESSAGES.expired)
  if (query.has('error') || !query.get('code') || !query.get('state')) return refuse(PROCONNECT_MESSAGES.failed)

  let claims: Record<string, unknown>
  let idToken: string
  try {
    ;({ claims, idToken } = await finishAuthorization(settings, query, flow))
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'ProConnect callback refused' })
    return refuse(PROCONNECT_MESSAGES.failed)
  }
  try {
    const email = proConnectEmail(claims)
    const account = email
      ? ((await payload.db.findOne({ collection: 'users', req, where: { email: { equals: email } } })) as {
          id: number
          name?: string | null
          active?: boolean | null
        } | null)
      : null
    const match = matchProConnectAccount(email, account)
    if (!match.ok) return refuse(proConnectRefusalMessage(match.reason, match.email))
    await refreshName(req, match.accountId, account?.name, proConnectName(claims))
    const users = payload.collections.users.config
    const sessionCookie = await openPayloadSession(req, users, match.accountId)
    const lifetime = users.auth.tokenExpiration
    const signIn = sealSignIn(payload.secret, { idToken, expiresAt: now(payload).getTime() + lifetime * 1000 })
    return redirectTo(flow.redirect, [clear, sessionCookie, signInCookie(signIn, lifetime, secureCookies(req))])
  } catch (error) {
    payload.logger.error({ err: error, msg: 'ProConnect session could not be opened' })
    return refuse(PROCONNECT_MESSAGES.failed)
  }
}

/** The account's name becomes the one ProConnect proved (a failure to write it never blocks the sign-in). */
async function refreshName(req: PayloadRequest, accountId: number, current: string | null | undefined, proved: string | null): Promise<void> {
  if (!proved || proved === current) return
  try {
    await req.payload.update({ collection: 'users', id: accountId, data: { name: proved }, overrideAccess: true, depth: 0, req })
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: 'ProConnect name could not be refreshed' })
  }
}

/**
 * `POST /api/users/proconnect/logout` (the back office's « Se déconnecter » when ProConnect is on): ends the Payload
 * session (as `POST /api/users/logout`), then, for a sign-in made with ProConnect, sends the browser to ProConnect's
 * logout, which comes back to the login page; otherwise straight to the login page. A form posted from another
 * site is refused (403): it could sign a person out of ProConnect.
 */
const logoutHandler: PayloadHandler = async (req) => {
  const { payload } = req
  const forged = isCrossOriginPost({
    method: 'POST',
    origin: req.headers.get('origin'),
    host: req.headers.get('host') ?? (req.url ? new URL(req.url).host : null),
    forwardedHost: req.headers.get('x-forwarded-host'),
  })
  if (forged || req.headers.get('sec-fetch-site') === 'cross-site') {
    return Response.json(
      { errors: [{ message: 'Cette déconnexion a été demandée depuis un autre site : elle n’a pas été prise en compte.' }] },
      { status: 403 },
    )
  }
  const users = payload.collections.users
  const secure = secureCookies(req)
  const cookies = [
    generateExpiredPayloadCookie({ collectionAuthConfig: users.config.auth, cookiePrefix: payload.config.cookiePrefix }) as string,
    expiredSignInCookie(secure),
  ]
  if (req.user?.collection === 'users') await logoutOperation({ collection: users, req })
  const loginPage = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/login' })
  const signIn = openSignIn(payload.secret, parseCookies(req.headers).get(SIGN_IN_COOKIE), now(payload))
  const settings = settingsOf(req)
  if (signIn && settings && settings !== 'misconfigured') {
    try {
      return redirectTo((await endSessionUrl(settings, signIn.idToken)).href, cookies, 303)
    } catch (error) {
      payload.logger.warn({ err: error, msg: 'ProConnect logout address unavailable: signed out of Boussole only' })
    }
  }
  return redirectTo(loginPage, cookies, 303)
}

export const proConnectEndpoints: Endpoint[] = [
  { path: '/proconnect/login', method: 'get', handler: loginHandler },
  { path: '/proconnect/callback', method: 'get', handler: callbackHandler },
  { path: '/proconnect/logout', method: 'post', handler: logoutHandler },
]
