/**
 * The production server (`npm start`): Next.js's request handler behind Node's HTTP server, as Next.js documents
 * for a custom server, for two things `next start` cannot do:
 * - the public site's pages go out without Next.js's client runtime (`src/server/withoutFrameworkScripts.ts`):
 *   they are complete and work without JavaScript, and the site's one script (`/assets/site.js`) stays;
 * - a 404 goes out rendered, not as Next.js's empty error shell (`src/server/notFoundShell.ts`);
 * - responses are compressed here (gzip, `compression`), after that rewrite (`compress: false` in next.config.ts);
 * - one JSON line per request on stdout, with its id (`X-Request-Id`), nothing personal (`src/server/accessLog.ts`;
 *   `BOUSSOLE_ACCESS_LOG=false` turns it off); Payload's log lines written while serving it carry the same id
 *   (`src/server/requestContext.ts`);
 * - a graceful stop on SIGTERM (requests in flight finish).
 *
 * Options: PORT (3000) and HOSTNAME (0.0.0.0), or `--port=` / `--hostname=`. The back office, the API and the
 * framework's files are served exactly as `next start` serves them.
 */

import compression from 'compression'
import next from 'next'
import { createServer, type ServerResponse } from 'node:http'

import { routeArea } from './src/security/headers'
import { accessLogEntry, pathOf, requestIdOf } from './src/server/accessLog'
import { errorShellPage, isErrorShell } from './src/server/errorShellPage'
import { isNotFoundShell, NOT_FOUND_PAGE_PATH, nonceOf, withNonce } from './src/server/notFoundShell'
import { withRequestId } from './src/server/requestContext'
import { rewriteHtml } from './src/server/rewriteHtml'
import { withoutFrameworkScripts } from './src/server/withoutFrameworkScripts'

const option = (name: string) =>
  process.argv
    .slice(2)
    .find((argument) => argument.startsWith(`--${name}=`))
    ?.split('=')[1]
const port = Number(option('port') ?? process.env.PORT ?? 3000)
const hostname = option('hostname') ?? process.env.HOSTNAME ?? '0.0.0.0'

// Next.js's anonymous telemetry stays off in production, as Payload's (`telemetry: false`).
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const compress = compression()
const ownOrigin = `http://${hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname}:${port}`

/**
 * A public page without the framework's scripts; a 404 that Next.js left to React in the browser is replaced by the
 * site's 404 page rendered on the server (`src/server/notFoundShell.ts`), fetched from this server itself, and an
 * error left to React by a page complete in itself (`src/server/errorShellPage.ts`).
 */
async function publicPage(html: string, response: ServerResponse): Promise<string> {
  const nonce = nonceOf(response.getHeader('content-security-policy'))
  if (isNotFoundShell(response.statusCode, html)) {
    const rendered = await fetch(`${ownOrigin}${NOT_FOUND_PAGE_PATH}`, { headers: { 'accept-encoding': 'identity' } })
    if (rendered.ok) return withNonce(await rendered.text(), nonce)
  }
  if (isErrorShell(response.statusCode, html)) return errorShellPage(nonce)
  return withoutFrameworkScripts(html).html
}

const accessLog = process.env.BOUSSOLE_ACCESS_LOG !== 'false'

const server = createServer((request, response) => {
  const startedAt = performance.timeOrigin + performance.now()
  const id = requestIdOf(request.headers['x-request-id'])
  request.headers['x-request-id'] = id
  response.setHeader('X-Request-Id', id)
  if (accessLog) {
    response.once('finish', () => {
      const entry = accessLogEntry({ id, method: request.method, url: request.url }, response.statusCode, startedAt, performance.timeOrigin + performance.now())
      process.stdout.write(`${JSON.stringify(entry)}\n`)
    })
  }
  withRequestId(id, () =>
    compress(request as never, response as never, () => {
      if (routeArea(pathOf(request.url)) === 'site') rewriteHtml(request, response, publicPage)
      void handle(request, response)
    }),
  )
}).listen(port, hostname, () => console.info(`Boussole prêt sur http://${hostname}:${port}`))

/**
 * A graceful stop (a platform's SIGTERM on each deployment, Ctrl-C): no new connection is accepted, idle keep-alive
 * connections are closed, requests in flight finish (10 s at most), then the process exits normally.
 */
const SHUTDOWN_GRACE_MS = 10_000
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref()
  })
}
