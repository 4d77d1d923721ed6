import { isNextErrorShell } from './nextErrorShell'

/**
 * `notFound()` in this app gives Next.js's error shell — `<html id="__next_error__">` with an empty body, the 404
 * page being drawn by React in the browser (the public root layout sits in a route group, so Next.js has no root
 * not-found to render on the server) — which is a blank page without JavaScript. The production server sends the
 * site's own 404 page instead, rendered on the server at NOT_FOUND_PAGE_PATH, keeping the status (404).
 */
export const NOT_FOUND_PAGE_PATH = '/introuvable'

export const isNotFoundShell = (statusCode: number, html: string): boolean => statusCode === 404 && isNextErrorShell(html)

/** The nonce of a Content-Security-Policy header (`'nonce-…'`), or null. */
export function nonceOf(policy: unknown): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(String(policy ?? ''))?.[1] ?? null
}

/**
 * A page rendered for another request carries that request's nonce: its inline style and scripts take this
 * response's, so that this response's Content-Security-Policy lets them run (and no other).
 */
export function withNonce(html: string, nonce: string | null): string {
  return html.replace(/\snonce="[^"]*"/g, nonce ? ` nonce="${nonce}"` : '')
}
