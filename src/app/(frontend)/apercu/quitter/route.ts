import { type NextRequest, NextResponse } from 'next/server'

import { PREVIEW_COOKIE } from '@/security/previewToken'

/** Leaves the preview: drops the cookie and goes back to the territory's « Ouverture » tab (or the home page). */
export function GET(request: NextRequest) {
  const territory = request.nextUrl.searchParams.get('territoire')
  const target = territory && /^\d{1,10}$/.test(territory) ? `/admin/collections/territories/${territory}/ouverture` : '/'
  // A relative address: behind a proxy or on another host name, the browser stays where its cookies are.
  const response = new NextResponse(null, { status: 303, headers: { Location: target } })
  response.cookies.delete(PREVIEW_COOKIE)
  response.headers.set('Cache-Control', 'private, no-store')
  return response
}
