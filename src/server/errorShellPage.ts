import { isNextErrorShell } from './nextErrorShell'

/**
 * An unexpected error on a public page (the database stopped, for one) gives Next.js's error shell — an empty
 * `<html id="__next_error__">` that React fills in the browser from `error.tsx` — so without JavaScript the young
 * person sees a blank page. The production server sends this page instead, with the same status: complete in
 * itself (it needs neither the database nor the site's stylesheet, which may be what failed), in French, with a
 * way back.
 */
export const isErrorShell = (statusCode: number, html: string): boolean => statusCode >= 500 && isNextErrorShell(html)

const STYLE = `
body { margin: 0; font-family: Marianne, arial, sans-serif; color: #161616; background: #fff; line-height: 1.5; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 1.5rem; }
a { display: inline-block; margin-top: 1rem; padding: .5rem 1.5rem; background: #000091; color: #fff; text-decoration: none; }
a:focus { outline: 2px solid #0a76f6; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { body { background: #161616; color: #cecece; } a { background: #8585f6; color: #161616; } }
`

export function errorShellPage(nonce: string | null): string {
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : ''
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Service momentanément indisponible — Boussole</title><style${nonceAttribute}>${STYLE}</style></head><body><main id="contenu"><p>Boussole</p><h1>Oups, quelque chose n’a pas marché</h1><p>Le service rencontre un problème passager. Réessaie dans quelques minutes : ce que tu étais en train d’envoyer n’a pas été enregistré.</p><a href="/">Retour à l’accueil</a></main></body></html>`
}
