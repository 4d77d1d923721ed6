import { randomUUID } from 'node:crypto'

/**
 * One JSON line per request answered by the production server (`server.ts`), for a platform's log collector:
 * when, which request (`id`, also sent back as `X-Request-Id` so that a person reporting a problem can quote
 * it), method, path, status, duration. Nothing personal: the query string is left out (the signed links of young
 * people carry their token there) and so are the client's address, cookies and bodies.
 */
export interface AccessLogEntry {
  time: string
  level: 'info' | 'warn' | 'error'
  msg: 'request'
  id: string
  method: string
  path: string
  status: number
  ms: number
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/

/** The id of a request: the one a proxy in front gave (`X-Request-Id`) when it is a plain token, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header
  return given && REQUEST_ID.test(given) ? given : randomUUID()
}

/** The path of a request target, without its query string nor fragment; `/` when it cannot be read. */
export function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname
  } catch {
    return '/'
  }
}

export function accessLogEntry(request: { id: string; method?: string; url?: string }, status: number, startedAt: number, finishedAt: number): AccessLogEntry {
  return {
    time: new Date(finishedAt).toISOString(),
    level: status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info',
    msg: 'request',
    id: request.id,
    method: request.method ?? 'GET',
    path: pathOf(request.url),
    status,
    ms: Math.round(finishedAt - startedAt),
  }
}
