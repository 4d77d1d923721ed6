import * as oidc from 'openid-client'

import type { ProConnectSettings } from '@/config/proConnect'

/**
 * The OpenID Connect client of ProConnect (`openid-client`): discovery, the authorization request with PKCE,
 * `state` and `nonce`, then the code exchange, the ID token's validation and the userinfo (ProConnect signs it
 * as a JWT; openid-client reads both forms). No network call happens while the feature is off.
 */
const configurations = new Map<string, Promise<oidc.Configuration>>()

const cacheKey = (settings: ProConnectSettings) => `${settings.issuer.href}\n${settings.clientId}\n${settings.clientSecret}`

/** The provider's configuration, discovered once per process (a failed discovery is retried on the next sign-in). */
function configuration(settings: ProConnectSettings): Promise<oidc.Configuration> {
  const key = cacheKey(settings)
  let discovered = configurations.get(key)
  if (!discovered) {
    const insecure = settings.issuer.protocol === 'http:'
    discovered = oidc
      .discovery(settings.issuer, settings.clientId, { client_secret: settings.clientSecret }, oidc.ClientSecretPost(settings.clientSecret), {
        // Only a local provider (tests, development) is served over http; ProConnect itself is https.
        ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .catch((error: unknown) => {
        configurations.delete(key)
        throw error
      })
    configurations.set(key, discovered)
  }
  return discovered
}

export interface AuthorizationStart {
  url: URL
  state: string
  nonce: string
  codeVerifier: string
}

/** Where to send the browser, with the secrets the callback must find again. */
export async function startAuthorization(settings: ProConnectSettings): Promise<AuthorizationStart> {
  const config = await configuration(settings)
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: settings.scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  })
  return { url, state, nonce, codeVerifier }
}

/** What the callback learns: the identity's claims, and the ID token (kept for the logout). */
export interface AuthorizationResult {
  claims: Record<string, unknown>
  idToken: string
}

/**
 * Exchanges the code of the callback (`query`: its parameters) and returns the identity's claims: those of
 * the validated ID token, completed by the userinfo when the email is not in it. Throws on any failure
 * (state or nonce mismatch, an error sent back, a code already used, the provider unreachable).
 */
export async function finishAuthorization(
  settings: ProConnectSettings,
  query: URLSearchParams,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<AuthorizationResult> {
  const config = await configuration(settings)
  const callbackUrl = new URL(settings.redirectUri)
  callbackUrl.search = query.toString()
  const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  })
  const claims = tokens.claims()
  if (!claims || !tokens.id_token) throw new Error('ProConnect returned no ID token')
  if (typeof claims.email === 'string' && claims.email) return { claims: { ...claims }, idToken: tokens.id_token }
  const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)
  return { claims: { ...claims, ...userinfo }, idToken: tokens.id_token }
}

/**
 * The provider's logout address for a session opened with `idToken` (RP-initiated logout: `id_token_hint`,
 * `post_logout_redirect_uri`, `state`). Throws when the provider has none or cannot be reached.
 */
export async function endSessionUrl(settings: ProConnectSettings, idToken: string): Promise<URL> {
  const config = await configuration(settings)
  return oidc.buildEndSessionUrl(config, {
    id_token_hint: idToken,
    post_logout_redirect_uri: settings.postLogoutRedirectUri,
    state: oidc.randomState(),
  })
}
