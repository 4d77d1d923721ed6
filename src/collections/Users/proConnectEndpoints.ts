import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { getSafeRedirect, parseCookies } from 'payload/shared'

import { finishAuthorization, startAuthorization } from '@/auth/proConnect/client'
import { expiredFlowCookie, FLOW_COOKIE, FLOW_LIFETIME_MS, flowCookie, openFlow, sealFlow } from '@/auth/proConnect/flowCookie'
import { loginPageWithMessage, PROCONNECT_MESSAGES } from '@/auth/proConnect/loginPageMessage'
import { openPayloadSession } from '@/auth/proConnect/openSession'
import { proConnectSettings, type ProConnectSettings } from '@/config/proConnect'
import { matchProConnectAccount, proConnectEmail, proConnectRefusalMessage } from '@/domain/accounts/proConnectAccount'
import { now } from '@/plugins/boussole/server'

/**
 * Sign-in with ProConnect (the State's OpenID Connect federation for professionals), next to the password:
 * - `GET /api/users/proconnect/login[?redirect=/admin/…]` sends the browser to ProConnect (authorization code
 *   with PKCE, `state` and `nonce` kept in a 10-minute encrypted HttpOnly cookie);
 * - `GET /api/users/proconnect/callback` exchanges the code, validates the ID token, reads the email and opens
 *   a normal Payload session on the **existing** account with that email — never creating one.
 * Any refusal or failure goes back to the login page with a French message (never a 500). Off (404) unless
 * configured (`src/config/proConnect.ts`).
 */
const NOT_ENABLED = 'La connexion avec ProConnect n’est pas activée sur ce site.'

const notFound = () => Response.json({ errors: [{ message: NOT_ENABLED }] }, { status: 404 })

const secureCookies = (req: PayloadRequest) => Boolean(req.payload.collections.users.config.auth.cookies.secure)

function redirectTo(location: string, cookies: string[]): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 302, headers })
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
  try {
    claims = await finishAuthorization(settings, query, flow)
  } catch (error) {
    payload.logger.warn({ err: error, msg: 'ProConnect callback refused' })
    return refuse(PROCONNECT_MESSAGES.failed)
  }
  try {
    const email = proConnectEmail(claims)
    const account = email
      ? ((await payload.db.findOne({ collection: 'users', req, where: { email: { equals: email } } })) as { id: number; active?: boolean | null } | null)
      : null
    const match = matchProConnectAccount(email, account)
    if (!match.ok) return refuse(proConnectRefusalMessage(match.reason, match.email))
    const sessionCookie = await openPayloadSession(req, payload.collections.users.config, match.accountId)
    return redirectTo(flow.redirect, [clear, sessionCookie])
  } catch (error) {
    payload.logger.error({ err: error, msg: 'ProConnect session could not be opened' })
    return refuse(PROCONNECT_MESSAGES.failed)
  }
}

export const proConnectEndpoints: Endpoint[] = [
  { path: '/proconnect/login', method: 'get', handler: loginHandler },
  { path: '/proconnect/callback', method: 'get', handler: callbackHandler },
]
