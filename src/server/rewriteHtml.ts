import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** The new HTML of a held page; may wait (e.g. to fetch another page in its place). */
type Rewrite = (html: string, response: ServerResponse) => string | Promise<string>

const isHtml = (response: ServerResponse) => /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''))

/**
 * Lets `rewrite` change the HTML answered to `request` before it is sent: the body of an HTML response is held
 * until its end (a page of the site is a few tens of KB), rewritten, then sent with its new length. Any other
 * response (JSON, files, redirects, HEAD, 304) passes through untouched, streamed as it comes.
 *
 * Call it on the response before handing it to Next.js; headers written with `writeHead` are kept back until
 * the body's fate is known (the length changes).
 */
export function rewriteHtml(request: IncomingMessage, response: ServerResponse, rewrite: Rewrite): void {
  if (request.method === 'HEAD') return
  const original = { writeHead: response.writeHead, flushHeaders: response.flushHeaders, write: response.write, end: response.end }
  let held: Buffer[] | null | undefined // undefined: not decided yet; null: passes through
  let head: { status: number; message?: string } | null = null
  let ending = false

  const sendHead = () => {
    if (head && !response.headersSent) {
      const writeHead = original.writeHead as (...args: unknown[]) => ServerResponse
      if (head.message === undefined) writeHead.call(response, head.status)
      else writeHead.call(response, head.status, head.message)
    }
    head = null
  }
  const decide = () => {
    if (held === undefined) held = isHtml(response) && response.statusCode !== 204 && response.statusCode !== 304 ? [] : null
    if (held === null) sendHead()
    return held
  }
  const chunkOf = (chunk: unknown, encoding?: unknown): Buffer =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')

  response.writeHead = function (status: number, ...rest: unknown[]) {
    const message = typeof rest[0] === 'string' ? rest[0] : undefined
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | string[] | undefined
    response.statusCode = status
    if (Array.isArray(headers)) for (let index = 0; index + 1 < headers.length; index += 2) response.setHeader(headers[index], headers[index + 1])
    else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value)
    head = { status, message }
    // Node's own end() writes the implicit head through writeHead: once the body's fate is known, it goes out.
    if (held === null || ending) sendHead()
    return response
  } as ServerResponse['writeHead']

  // Next.js flushes the headers before its first chunk: a held page's wait for their final length.
  response.flushHeaders = function () {
    if (decide() === null) original.flushHeaders.call(response)
  }

  response.write = function (chunk: unknown, encoding?: unknown, callback?: unknown) {
    const body = decide()
    if (body === null) return (original.write as (...args: unknown[]) => boolean).call(response, chunk, encoding, callback)
    body.push(chunkOf(chunk, encoding))
    const done = typeof encoding === 'function' ? encoding : callback
    if (typeof done === 'function') process.nextTick(done as () => void)
    return true
  } as ServerResponse['write']

  response.end = function (chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const body = decide()
    const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function') as (() => void) | undefined
    const data = typeof chunk === 'function' || chunk === undefined || chunk === null ? undefined : chunk
    if (body === null)
      return (original.end as (...args: unknown[]) => ServerResponse).call(response, data, typeof encoding === 'string' ? encoding : undefined, done)
    if (data !== undefined) body.push(chunkOf(data, encoding))
    const page = Buffer.concat(body).toString('utf8')
    const send = (text: string) => {
      const html = Buffer.from(text, 'utf8')
      if (!response.headersSent) response.setHeader('Content-Length', html.length)
      ending = true
      sendHead()
      ;(original.end as (...args: unknown[]) => ServerResponse).call(response, html, done)
    }
    const rewritten = rewrite(page, response)
    if (typeof rewritten === 'string') send(rewritten)
    else
      rewritten.then(send, (error: unknown) => {
        console.error('Réécriture de la page impossible, envoyée telle quelle :', error)
        send(page)
      })
    return response
  } as ServerResponse['end']
}
