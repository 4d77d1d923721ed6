import { publicUrl } from './publicUrl'

/** What ProConnect is asked for when `PROCONNECT_SCOPES` is unset: the email identifies the account. */
export const DEFAULT_PROCONNECT_SCOPES = 'openid email given_name usual_name'

/** Where ProConnect sends the browser back (a Payload endpoint of the `users` collection). */
export const PROCONNECT_CALLBACK_PATH = '/api/users/proconnect/callback'
/** The address the login page's button opens: it sends the browser to ProConnect. */
export const PROCONNECT_LOGIN_PATH = '/api/users/proconnect/login'
/** Where the back office's « Se déconnecter » posts: it ends the Payload session, then the ProConnect one. */
export const PROCONNECT_LOGOUT_PATH = '/api/users/proconnect/logout'
/** Where ProConnect sends the browser back after its logout (registered with ProConnect as well). */
export const PROCONNECT_POST_LOGOUT_PATH = '/admin/login'

export interface ProConnectSettings {
  /** The issuer (its discovery document is `<issuer>/.well-known/openid-configuration`). */
  issuer: URL
  clientId: string
  clientSecret: string
  scope: string
  /** `${PUBLIC_URL}/api/users/proconnect/callback`, as registered with ProConnect. */
  redirectUri: string
  /** `${PUBLIC_URL}/admin/login`, as registered with ProConnect for its logout. */
  postLogoutRedirectUri: string
}

type Env = Record<string, string | undefined>

/**
 * ProConnect sign-in, read from the environment at each use: off (null) unless `PROCONNECT_ISSUER`,
 * `PROCONNECT_CLIENT_ID` and `PROCONNECT_CLIENT_SECRET` are all set; `PROCONNECT_SCOPES` is optional.
 * A set but malformed issuer is an operator's mistake: it throws with a French message.
 */
export function proConnectSettings(env: Env = process.env, siteUrl: string = publicUrl()): ProConnectSettings | null {
  const issuer = env.PROCONNECT_ISSUER?.trim()
  const clientId = env.PROCONNECT_CLIENT_ID?.trim()
  const clientSecret = env.PROCONNECT_CLIENT_SECRET?.trim()
  if (!issuer || !clientId || !clientSecret) return null
  let issuerUrl: URL
  try {
    issuerUrl = new URL(issuer)
  } catch {
    throw new Error(`PROCONNECT_ISSUER doit être une adresse (https://…) : « ${issuer} » n'en est pas une.`)
  }
  if (issuerUrl.protocol !== 'https:' && issuerUrl.protocol !== 'http:') {
    throw new Error(`PROCONNECT_ISSUER doit être une adresse https:// : « ${issuer} ».`)
  }
  const scope = env.PROCONNECT_SCOPES?.trim().split(/\s+/).join(' ') || DEFAULT_PROCONNECT_SCOPES
  return {
    issuer: issuerUrl,
    clientId,
    clientSecret,
    scope: scope.split(' ').includes('openid') ? scope : `openid ${scope}`,
    redirectUri: `${siteUrl.replace(/\/+$/, '')}${PROCONNECT_CALLBACK_PATH}`,
    postLogoutRedirectUri: `${siteUrl.replace(/\/+$/, '')}${PROCONNECT_POST_LOGOUT_PATH}`,
  }
}

/**
 * The settings for a page that only shows or hides something (the login button, the logout form, a CSP source):
 * null when off, « misconfigured » when set but malformed (the endpoints then answer « indisponible »).
 */
export function proConnectState(env: Env = process.env): ProConnectSettings | null | 'misconfigured' {
  try {
    return proConnectSettings(env, 'http://localhost')
  } catch {
    return 'misconfigured'
  }
}

/**
 * The origins the back office's forms lead to for ProConnect: its issuer's, where « Se déconnecter » ends the
 * ProConnect session (its `end_session_endpoint` is on the issuer's host). None when off or misconfigured.
 */
export function proConnectFormTargets(env: Env = process.env): string[] {
  const settings = proConnectState(env)
  return settings && settings !== 'misconfigured' ? [settings.issuer.origin] : []
}
