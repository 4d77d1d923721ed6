import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type KoaContextWithOIDC } from 'oidc-provider'

export interface TestIdentity {
  email: string
  given_name?: string
  usual_name?: string
}

export interface TestOidcProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** Registers the client's redirect URI (when it was not known at start: a server started afterwards). */
  useRedirectUri(redirectUri: string): void
  /** Who signs in at the next interaction (the « agent » typing their ProConnect credentials). */
  signInAs(identity: TestIdentity): void
  /**
   * Plays the browser at the provider: follows the authorization URL, the login interaction and the resume,
   * and returns the address the provider sends the browser back to (the client's redirect URI with the code).
   */
  authorize(authorizationUrl: string): Promise<URL>
  /**
   * Plays the browser at the provider's logout (RP-initiated, `end_session_endpoint`): opens it with the session
   * of the last `authorize`, confirms, and returns where the provider sends the browser back. Throws when the
   * provider refuses the request (an unknown `id_token_hint` or an unregistered `post_logout_redirect_uri`).
   */
  endSession(endSessionUrl: string): Promise<URL>
  /** Whether the browser of the last `authorize` still holds a session at the provider. */
  hasSession(): Promise<boolean>
  close(): Promise<void>
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on a random local port, configured as ProConnect is: the
 * authorization code flow, a confidential client (`client_secret_post`), the scopes `email`, `given_name`,
 * `usual_name`, and the userinfo answered as a signed JWT (the email is not in the ID token). The login
 * interaction is answered by the test (`signInAs`), consent is implicit (first-party client).
 */
export async function startOidcProvider(options: { redirectUri?: string } = {}): Promise<TestOidcProvider> {
  const clientId = 'boussole-test'
  const clientSecret = randomBytes(24).toString('base64url')
  const identities = new Map<string, TestIdentity>()
  let next: string | null = null
  let provider: Provider | null = null

  const server: Server = createServer((req, res) => {
    if (!provider) {
      res.statusCode = 503
      res.end()
      return
    }
    if (req.url?.startsWith('/interaction/')) {
      const current = provider
      void (async () => {
        try {
          await current.interactionDetails(req, res)
          if (!next) throw new Error('signInAs() was not called before the interaction')
          await current.interactionFinished(req, res, { login: { accountId: next } }, { mergeWithLastSubmission: false })
        } catch (error) {
          res.statusCode = 500
          res.end(String(error))
        }
      })()
      return
    }
    provider.callback()(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const signingKey = {
    ...(generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as object),
    kid: 'test',
    use: 'sig',
    alg: 'RS256',
  }
  let redirectUri = ''
  const configure = (uri: string) => {
    redirectUri = uri
    provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: [redirectUri],
          post_logout_redirect_uris: [`${new URL(redirectUri).origin}/admin/login`],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_post',
          userinfo_signed_response_alg: 'RS256',
        },
      ],
      jwks: { keys: [signingKey] },
      cookies: { keys: [randomBytes(16).toString('hex')] },
      claims: { openid: ['sub'], email: ['email'], given_name: ['given_name'], usual_name: ['usual_name'] },
      scopes: ['openid', 'email', 'given_name', 'usual_name'],
      features: { devInteractions: { enabled: false }, jwtUserinfo: { enabled: true } },
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      findAccount: (_ctx: unknown, sub: string) => {
        const identity = identities.get(sub)
        return identity ? { accountId: sub, claims: () => ({ sub, ...identity }) } : undefined
      },
      // Consent is implicit: the grant covers what the client asked for.
      loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
        const { oidc } = ctx
        const clientId = oidc.client!.clientId
        const existing = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId)
        if (existing) return oidc.provider.Grant.find(existing)
        if (!oidc.session?.accountId) return undefined
        const grant = new oidc.provider.Grant({ clientId, accountId: oidc.session.accountId })
        grant.addOIDCScope([...oidc.requestParamScopes].join(' '))
        await grant.save()
        return grant
      },
    })
  }
  if (options.redirectUri) configure(options.redirectUri)

  const cookies = new Map<string, string>()
  const cookieHeader = () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  const keepCookies = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const at = pair.indexOf('=')
      cookies.set(pair.slice(0, at), pair.slice(at + 1))
    }
  }
  const step = async (url: string): Promise<string> => {
    const response = await fetch(url, { redirect: 'manual', headers: { Cookie: cookieHeader() } })
    keepCookies(response)
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`The provider answered ${response.status} at ${url}: ${await response.text()}`)
    }
    return new URL(location, url).href
  }

  return {
    issuer,
    clientId,
    clientSecret,
    useRedirectUri: configure,
    signInAs(identity) {
      const sub = `agent-${identities.size + 1}`
      identities.set(sub, identity)
      next = sub
    },
    async authorize(authorizationUrl) {
      cookies.clear()
      let url = authorizationUrl
      for (let hop = 0; hop < 6; hop++) {
        url = await step(url)
        if (url.startsWith(redirectUri)) return new URL(url)
      }
      throw new Error(`The provider did not send the browser back to ${redirectUri}`)
    },
    async endSession(endSessionUrl) {
      const page = await fetch(endSessionUrl, { redirect: 'manual', headers: { Cookie: cookieHeader() } })
      keepCookies(page)
      const html = await page.text()
      const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1]
      const xsrf = html.match(/name="xsrf" value="([^"]+)"/)?.[1]
      if (page.status !== 200 || !action || !xsrf) throw new Error(`The provider refused the logout (${page.status}): ${html.slice(0, 500)}`)
      const confirmed = await fetch(new URL(action, endSessionUrl), {
        method: 'POST',
        redirect: 'manual',
        headers: { Cookie: cookieHeader(), 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ xsrf, logout: 'yes' }),
      })
      keepCookies(confirmed)
      const location = confirmed.headers.get('location')
      if (confirmed.status < 300 || confirmed.status >= 400 || !location) throw new Error(`The provider answered ${confirmed.status} to the logout`)
      return new URL(location, endSessionUrl)
    },
    async hasSession() {
      // The provider's session cookie (oidc-provider's `_session`), emptied when its session ends.
      return Boolean(cookies.get('_session'))
    },
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
