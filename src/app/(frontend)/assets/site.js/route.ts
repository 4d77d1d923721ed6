import { siteScript } from '../../_lib/siteScript'

/**
 * The public site's script (see `_lib/siteScript.ts`). Its address carries a version (`?v=`, from the layout's
 * bundle): such an address is cached for a year; the bare address is revalidated each time.
 */
export function GET(request: Request): Response {
  const versioned = new URL(request.url).searchParams.has('v')
  return new Response(siteScript().source, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  })
}
