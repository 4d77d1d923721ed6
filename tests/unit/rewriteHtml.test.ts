import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import compression from 'compression'
import { createServer, request as httpRequest, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { rewriteHtml } from '../../src/server/rewriteHtml'

/**
 * The production server's rewrite of HTML responses (server.ts), through a real socket: the way Next.js writes a
 * page (headers flushed first, then chunks), the other ways a response can be written, and gzip after the rewrite.
 */
const PAGE = '<html><head><script src="/framework.js"></script></head><body><main>Bonjour, é</main><script>payload()</script></body></html>'
const rewrite = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')

const handlers: Record<string, (response: ServerResponse) => void> = {
  // Next.js: setHeader, flushHeaders, then several writes, then end().
  '/page-like-next': (response) => {
    response.statusCode = 200
    response.setHeader('Content-Type', 'text/html; charset=utf-8')
    response.flushHeaders()
    response.write(PAGE.slice(0, 40))
    response.write(Buffer.from(PAGE.slice(40, 90)))
    response.write(PAGE.slice(90))
    response.end()
  },
  '/write-head-with-length': (response) => {
    response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(PAGE) })
    response.end(PAGE)
  },
  '/status-with-message': (response) => {
    response.writeHead(404, 'Pas trouvé', { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(PAGE, () => undefined)
  },
  '/json': (response) => {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': 11 })
    response.write('{"a":')
    response.end('"<p>"}')
  },
  '/redirect': (response) => {
    response.writeHead(307, { Location: '/ailleurs' })
    response.end()
  },
}

let server: Server
let base: string
beforeAll(async () => {
  const compress = compression({ threshold: 0 })
  server = createServer((request, response) => {
    const handler = handlers[new URL(request.url!, 'http://x').pathname]
    const go = () => {
      // x-later: a rewrite that waits (the 404 fetched in place of Next.js's error shell), with the response's status.
      const later = async (html: string, held: ServerResponse) => {
        await new Promise((resolve) => setTimeout(resolve, 20))
        return `${held.statusCode}:${rewrite(html)}`
      }
      rewriteHtml(request, response, request.headers['x-later'] ? later : rewrite)
      handler(response)
    }
    if (request.headers['x-compress']) compress(request as never, response as never, go)
    else go()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; message?: string; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const request = httpRequest(`${base}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode!, message: response.statusMessage, headers: response.headers, body: Buffer.concat(chunks) }),
      )
    })
    request.on('error', reject)
    request.end()
  })
}

describe('la réécriture des pages HTML par le serveur de production', () => {
  test.each(['/page-like-next', '/write-head-with-length'])('%s : le HTML réécrit, sa longueur juste', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(200)
    expect(response.body.toString('utf8')).toBe(rewrite(PAGE))
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(rewrite(PAGE)))
  })

  test('le statut et son message sont gardés', async () => {
    const response = await get('/status-with-message')
    expect([response.status, response.message]).toEqual([404, 'Pas trouvé'])
    expect(response.body.toString('utf8')).toBe(rewrite(PAGE))
  })

  test('une réponse qui n’est pas du HTML passe telle quelle', async () => {
    const response = await get('/json')
    expect(response.body.toString('utf8')).toBe('{"a":"<p>"}')
    expect(response.headers['content-length']).toBe('11')
  })

  test('une redirection passe telle quelle', async () => {
    const response = await get('/redirect')
    expect([response.status, response.headers.location]).toEqual([307, '/ailleurs'])
  })

  test('HEAD : rien n’est retenu ni réécrit', async () => {
    const response = await get('/write-head-with-length', {}, 'HEAD')
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)))
    expect(response.body.length).toBe(0)
  })

  test('une réécriture qui attend : la page et sa longueur suivent, le statut est gardé', async () => {
    for (const [path, status] of [
      ['/page-like-next', 200],
      ['/status-with-message', 404],
    ] as const) {
      const response = await get(path, { 'x-later': '1' })
      expect(response.status).toBe(status)
      expect(response.body.toString('utf8')).toBe(`${status}:${rewrite(PAGE)}`)
      expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(`${status}:${rewrite(PAGE)}`))
    }
  })

  test('compressé en gzip après la réécriture', async () => {
    const response = await get('/page-like-next', { 'accept-encoding': 'gzip', 'x-compress': '1' })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.body).toString('utf8')).toBe(rewrite(PAGE))
  })
})
