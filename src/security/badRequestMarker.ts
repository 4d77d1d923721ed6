/**
 * Pages of the App Router cannot choose their HTTP status (only 404 through `notFound()`). A page that finds
 * its address damaged or tampered with (answers that cannot be read or do not fit the questionnaire)
 * redirects once to the same address with this marker; `src/proxy.ts` answers every address carrying it
 * with the status 400, and the page shows what is wrong. The page removes the marker when the address is fine.
 */
export const BAD_REQUEST_MARKER = 'invalide'

type Query = Record<string, string | string[] | undefined>

/** True when the address carries the marker. */
export const isMarkedBadRequest = (query: Query): boolean => query[BAD_REQUEST_MARKER] !== undefined

/** The same address with (`marked` true) or without the marker. */
export function withBadRequestMarker(pathname: string, query: Query, marked: boolean): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (key === BAD_REQUEST_MARKER || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, item)
  }
  if (marked) search.set(BAD_REQUEST_MARKER, '1')
  const text = search.toString()
  return text ? `${pathname}?${text}` : pathname
}
