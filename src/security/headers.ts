/**
 * The security headers of every response, as pure functions of the request's path, a per-request nonce and
 * the configuration. `src/proxy.ts` applies them at run time to every page (public site and back office) and
 * to the framework's files; `next.config.ts` applies the constant ones to every route at build time (the API
 * included, which the proxy does not run on so that request bodies stream untouched to Payload).
 */

/** Where a path belongs: each area gets its own Content-Security-Policy. */
export type RouteArea = 'site' | 'admin' | 'api' | 'graphqlPlayground' | 'asset'

export interface SecurityHeaderOptions {
  /** Fresh, unpredictable, per request (pages only). */
  nonce?: string
  /** `PUBLIC_URL`: HSTS is sent only when it is https. */
  publicUrl: string
  /** `next dev` needs `eval` (React's debugging) and inline styles (its error overlay). */
  development?: boolean
  /**
   * Other origins a back-office form may lead to (`form-action`, which browsers apply to a form's redirects too):
   * ProConnect's, where « Se déconnecter » ends its session.
   */
  adminFormTargets?: readonly string[]
}

export type HeaderList = { key: string; value: string }[]

const ADMIN_PREFIX = '/admin'
const API_PREFIX = '/api'
const GRAPHQL_PLAYGROUND = '/api/graphql-playground'
/** The pages reached through a signed link (confirmation, follow-up, withdrawal): their token is in the address. */
const SIGNED_LINK_PREFIX = '/demandes/'

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`)

export function routeArea(pathname: string): RouteArea {
  if (under(pathname, GRAPHQL_PLAYGROUND)) return 'graphqlPlayground'
  if (under(pathname, API_PREFIX)) return 'api'
  if (under(pathname, ADMIN_PREFIX)) return 'admin'
  // The framework's files and the public site's own script (`/assets/site.js`).
  if (pathname.startsWith('/_next/') || under(pathname, '/assets')) return 'asset'
  return 'site'
}

const serialize = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => (sources.length ? `${name} ${sources.join(' ')}` : name))
    .join('; ')

/**
 * Anything that is not a page (JSON, uploaded files, scripts, images): nothing may run or load from it,
 * nothing may frame it. An SVG uploaded to the media library and opened directly runs no script.
 */
export const RESOURCE_CSP = serialize({
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  sandbox: [],
})

/**
 * Payload's GraphQL playground (`/api/graphql-playground`, disabled in production by Payload) is a page of
 * `graphql-playground-html`: an inline script and its bundle, styles and fonts from jsDelivr / Google Fonts.
 */
export const GRAPHQL_PLAYGROUND_CSP = serialize({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
  'style-src': ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net', 'https://fonts.googleapis.com'],
  'font-src': ["'self'", 'https://fonts.gstatic.com'],
  'img-src': ["'self'", 'data:', 'https://cdn.jsdelivr.net'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
})

/**
 * The policy of a page. Scripts: only those carrying this request's nonce (Next.js adds it to its own
 * scripts, the layouts to the DSFR's colour-scheme script) and what they load (`'strict-dynamic'`).
 * The public site: style sheets and style elements from the site itself or with the nonce, style attributes.
 * The back office: Payload's React UI and the Lexical editor set inline styles and insert style elements
 * (react-select), images may be `blob:` previews of an upload, and the JSON field's code editor (Monaco)
 * loads its styles, fonts and workers from jsDelivr.
 */
export function pageContentSecurityPolicy(
  area: 'site' | 'admin',
  options: { nonce: string; development?: boolean; adminFormTargets?: readonly string[] },
): string {
  const nonce = `'nonce-${options.nonce}'`
  const scripts = ["'self'", nonce, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])]
  if (area === 'admin') {
    return serialize({
      'default-src': ["'self'"],
      'script-src': scripts,
      'style-src': ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:', 'https://cdn.jsdelivr.net'],
      'connect-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'", ...(options.adminFormTargets ?? [])],
      'frame-ancestors': ["'none'"],
    })
  }
  return serialize({
    'default-src': ["'self'"],
    'script-src': scripts,
    'style-src': options.development ? ["'self'", "'unsafe-inline'"] : ["'self'", nonce],
    // react-dsfr's components render a few `style` attributes; an attribute can neither run a script nor
    // select other elements, unlike a style element (which needs the nonce).
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  })
}

/**
 * A signed link's token must never leave in a `Referer`: on those pages, no other site gets one (`same-origin`);
 * elsewhere other sites see the origin only. Not `no-referrer`: it also makes the browser send `Origin: null` with the
 * pages' own forms, and Next.js then refuses their server actions when JavaScript is off.
 */
export function referrerPolicy(pathname: string): string {
  return pathname.startsWith(SIGNED_LINK_PREFIX) ? 'same-origin' : 'strict-origin-when-cross-origin'
}

/** Two years, subdomains included, once the site is served over https; nothing over http. */
export function strictTransportSecurity(publicUrl: string): string | undefined {
  return /^https:\/\//i.test(publicUrl.trim()) ? 'max-age=63072000; includeSubDomains' : undefined
}

/** No feature the service uses: camera, microphone, location, payment… are refused to every frame. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
].join(', ')

/** The headers that depend on nothing but the path: every route, set at build time by `next.config.ts`. */
export const CONSTANT_SECURITY_HEADERS: HeaderList = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/**
 * `next.config.ts` `headers()`: the constant headers and the non-page policies on every route. Later entries
 * win for the same key (Next.js applies them in order); the proxy, running after, overrides them on pages.
 */
export function buildTimeHeaderRules(): { source: string; headers: HeaderList }[] {
  return [
    {
      source: '/:path*',
      headers: [...CONSTANT_SECURITY_HEADERS, { key: 'Referrer-Policy', value: referrerPolicy('/') }, { key: 'Content-Security-Policy', value: RESOURCE_CSP }],
    },
    { source: '/demandes/:path*', headers: [{ key: 'Referrer-Policy', value: referrerPolicy(SIGNED_LINK_PREFIX) }] },
    { source: '/api/graphql-playground', headers: [{ key: 'Content-Security-Policy', value: GRAPHQL_PLAYGROUND_CSP }] },
  ]
}

/** Every security header of a response on `pathname` (run time: the proxy). */
export function securityHeaders(pathname: string, options: SecurityHeaderOptions): Record<string, string> {
  const area = routeArea(pathname)
  const headers: Record<string, string> = {}
  for (const { key, value } of CONSTANT_SECURITY_HEADERS) headers[key] = value
  headers['Referrer-Policy'] = referrerPolicy(pathname)
  headers['Content-Security-Policy'] =
    area === 'graphqlPlayground'
      ? GRAPHQL_PLAYGROUND_CSP
      : (area === 'site' || area === 'admin') && options.nonce
        ? pageContentSecurityPolicy(area, { nonce: options.nonce, development: options.development, adminFormTargets: options.adminFormTargets })
        : RESOURCE_CSP
  const hsts = strictTransportSecurity(options.publicUrl)
  if (hsts) headers['Strict-Transport-Security'] = hsts
  return headers
}

/** A fresh nonce: 128 random bits, base64 (Web Crypto: the proxy may run on any runtime). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
