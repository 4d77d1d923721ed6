import { NextResponse, type NextRequest } from 'next/server'

import { BAD_REQUEST_MARKER } from './app/(frontend)/_lib/badRequestStatus'

const INVALID_LINK_PAGE = '/lien-invalide'

/**
 * Status codes the public pages cannot set themselves (see `badRequestStatus.ts`):
 * - an address with a malformed percent-escape (`/offre/%FF`) is sent to the « lien invalide » page,
 *   served with 400 (instead of the framework's bare 500);
 * - a page address carrying the bad-request marker is served with 400.
 * (A rewrite cannot carry a status in Next.js; `NextResponse.next` can.)
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  try {
    decodeURIComponent(pathname)
  } catch {
    return NextResponse.redirect(new URL(INVALID_LINK_PAGE, request.url))
  }
  if (pathname === INVALID_LINK_PAGE || searchParams.has(BAD_REQUEST_MARKER)) return NextResponse.next({ status: 400 })
  return NextResponse.next()
}

export const config = {
  // The public site only: not the admin, the API, nor static files.
  matcher: ['/((?!api|admin|_next|favicon|robots.txt|sitemap.xml).*)'],
}
