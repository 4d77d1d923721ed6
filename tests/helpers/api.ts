import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

/**
 * Calls the real Next.js route handlers of the REST and GraphQL APIs (the same functions the app's
 * `src/app/(payload)/api/…` routes export), with real HTTP Request objects: no server to start.
 */
export function apiClient(payload: Payload) {
  const config = payload.config
  const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
  const graphql = GRAPHQL_POST(config)

  const headers = (token?: string, extra: Record<string, string> = {}) => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `JWT ${token}` } : {}),
    ...extra,
  })

  async function rest(method: keyof typeof handlers, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
    const url = new URL(`http://localhost:3000/api${path}`)
    const request = new Request(url, {
      method,
      headers: headers(options.token, options.headers),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let json: any = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = { raw: text }
    }
    return { status: response.status, headers: response.headers, json }
  }

  return {
    rest,
    get: (path: string, token?: string) => rest('GET', path, { token }),
    post: (path: string, body: unknown, token?: string) => rest('POST', path, { token, body }),
    patch: (path: string, body: unknown, token?: string) => rest('PATCH', path, { token, body }),
    delete: (path: string, token?: string) => rest('DELETE', path, { token }),
    async graphql(query: string, token?: string, variables?: Record<string, unknown>) {
      const request = new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: headers(token),
        body: JSON.stringify({ query, variables }),
      })
      const response = await graphql(request)
      return { status: response.status, json: (await response.json()) as any }
    },
    /** Logs in through the REST API and returns the JWT. */
    async login(email: string, password: string): Promise<string> {
      const { status, json } = await rest('POST', '/users/login', { body: { email, password } })
      if (status !== 200 || !json?.token) throw new Error(`Login failed for ${email}: ${status} ${JSON.stringify(json)}`)
      return json.token as string
    },
  }
}

export type ApiClient = ReturnType<typeof apiClient>
