import { NextResponse, type NextRequest } from 'next/server'

import { proConnectFormTargets } from './config/proConnect'
import { publicUrl } from './config/publicUrl'
import { ADMIN_ROUTING, adminSegments, isKnownAdminRoute } from './security/adminRoutes'
import { BAD_REQUEST_MARKER } from './security/badRequestMarker'
import { CROSS_ORIGIN_POST_PAGE, isCrossOriginPost } from './security/crossOriginPost'
import { createNonce, routeArea, securityHeaders } from './security/headers'

const INVALID_LINK_PAGE = '/lien-invalide'
/** The request header the layouts read the nonce from (Next.js itself reads it from the request's CSP). */
export const NONCE_HEADER = 'x-nonce'
/** The public pages (as the proxy's matcher was before it covered every route). */
const NOT_A_PUBLIC_PAGE = /^\/(api|admin|_next|favicon|robots\.txt|sitemap\.xml)/

/**
 * Every route but the API (`next.config.ts` gives the API its headers, and the proxy never reads API bodies):
 * - the security headers (`src/security/headers.ts`): a fresh nonce per page, put in the request's
 *   Content-Security-Policy for Next.js to stamp its scripts with and in `x-nonce` for the layouts;
 * - status codes the public pages cannot set themselves (see `badRequestStatus.ts`): an address with a
 *   malformed percent-escape (`/offre/%FF`) is sent to the « lien invalide » page, served with 400 (instead
 *   of the framework's bare 500); a page address carrying the bad-request marker is served with 400.
 *   (A rewrite cannot carry a status in Next.js; `NextResponse.next` can.)
 * - an unknown back-office address is served with 404 (Payload's page shows « Pas trouvé » but cannot set the
 *   status, see `src/security/adminRoutes.ts`).
 * - a form posted from another origin (`src/security/crossOriginPost.ts`) is refused with 403 and a French page.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  const area = routeArea(pathname)
  const nonce = area === 'site' || area === 'admin' ? createNonce() : undefined
  const headers = securityHeaders(pathname, {
    nonce,
    publicUrl: publicUrl(),
    development: process.env.NODE_ENV === 'development',
    adminFormTargets: area === 'admin' ? proConnectFormTargets() : [],
  })
  const withHeaders = (response: NextResponse) => {
    for (const [key, value] of Object.entries(headers)) response.headers.set(key, value)
    return response
  }

  const crossOrigin = isCrossOriginPost({
    method: request.method,
    origin: request.headers.get('origin'),
    host: request.headers.get('host'),
    forwardedHost: request.headers.get('x-forwarded-host'),
  })
  if (crossOrigin) {
    return withHeaders(new NextResponse(CROSS_ORIGIN_POST_PAGE, { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8' } }))
  }
  if (!NOT_A_PUBLIC_PAGE.test(pathname)) {
    try {
      decodeURIComponent(pathname)
    } catch {
      return withHeaders(NextResponse.redirect(new URL(INVALID_LINK_PAGE, request.url)))
    }
  }
  const requestHeaders = new Headers(request.headers)
  if (nonce) {
    requestHeaders.set(NONCE_HEADER, nonce)
    requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy'])
  } else {
    // Never trust a nonce the client sent.
    requestHeaders.delete(NONCE_HEADER)
  }
  const status =
    area === 'admin'
      ? isKnownAdminRoute(adminSegments(pathname), ADMIN_ROUTING)
        ? undefined
        : 404
      : !NOT_A_PUBLIC_PAGE.test(pathname) && (pathname === INVALID_LINK_PAGE || searchParams.has(BAD_REQUEST_MARKER))
        ? 400
        : undefined
  return withHeaders(NextResponse.next({ status, request: { headers: requestHeaders } }))
}

export const config = {
  // Every route but the API: pages, back office, the framework's files, favicon…
  matcher: ['/((?!api/|api$).*)'],
}
