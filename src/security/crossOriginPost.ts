/**
 * A form posted to a page or the back office from another origin (a cross-site request forgery): what Next.js refuses
 * for its server actions — the `Origin`'s host differs from the request's `X-Forwarded-Host` or `Host` — answered by
 * the proxy with a 403 and a French page before Next.js turns it into a 500. A request without `Origin` (not sent
 * by a browser for a cross-origin post) is left to Next.js, as it does; `Origin: null` (sandboxed or privacy-stripped
 * pages) is refused.
 */
export interface PostOrigin {
  method: string
  origin: string | null
  host: string | null
  forwardedHost: string | null
}

export function isCrossOriginPost({ method, origin, host, forwardedHost }: PostOrigin): boolean {
  if (method.toUpperCase() !== 'POST' || origin === null) return false
  const expected = (forwardedHost?.split(',')[0] ?? host)?.trim().toLowerCase()
  if (!expected) return true
  let originHost: string
  try {
    originHost = new URL(origin).host.toLowerCase()
  } catch {
    return true
  }
  return originHost !== expected
}

/** The page a refused post answers (status 403). */
export const CROSS_ORIGIN_POST_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Formulaire refusé — Boussole</title></head>
<body><main><h1>Formulaire refusé</h1><p>Ce formulaire a été envoyé depuis un autre site : par sécurité, il n’a pas été pris en compte. Revenez sur Boussole et recommencez.</p><p><a href="/">Retour à l’accueil</a></p></main></body></html>
`
