import { type NextRequest, NextResponse } from 'next/server'

import { now, previewableTerritory } from '@/plugins/boussole/server'
import { PREVIEW_COOKIE, PREVIEW_DURATION_SECONDS, previewToken } from '@/security/previewToken'

import { communePath } from '../../_lib/paths'
import { payloadClient } from '../../_lib/payload'

/**
 * « Voir comme un jeune » (the button of a territory's « Ouverture » tab): for its staff, while it is not open, sets the
 * signed preview cookie and starts the walk at its most populous commune. Anyone else: 404, as for any unknown page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ territoire: string }> }) {
  const { territoire } = await params
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  const territory = /^\d{1,10}$/.test(territoire) ? await previewableTerritory(payload, user, Number(territoire)) : null
  if (!user || !territory) return new NextResponse('Page introuvable', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

  const target = territory.firstCommuneCode ? communePath(territory.firstCommuneCode) : '/'
  // A relative address: behind a proxy or on another host name, the browser stays where its cookies are.
  const response = new NextResponse(null, { status: 303, headers: { Location: target } })
  response.cookies.set(PREVIEW_COOKIE, previewToken(payload.secret, { territoryId: territory.id, userId: user.id }, now(payload)), {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    path: '/',
    maxAge: PREVIEW_DURATION_SECONDS,
  })
  response.headers.set('Cache-Control', 'private, no-store')
  return response
}
