import type { PayloadRequest } from 'payload'

/**
 * The request's body, at most `maxBytes`: refused with `tooLarge()` as soon as the declared Content-Length or the
 * bytes actually read pass the limit (a chunked upload declares no length), so a huge body is never held in memory.
 */
export async function readLimitedBody(req: PayloadRequest, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = (req.body as ReadableStream<Uint8Array> | null | undefined)?.getReader()
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined)
        throw tooLarge()
      }
      chunks.push(value)
    }
  }
  return Buffer.concat(chunks)
}

/** The fields of a multipart body already read (by `readLimitedBody`), parsed by the platform's own form parser. */
export async function multipartFields(bytes: Buffer, contentType: string): Promise<FormData> {
  return new Response(new Uint8Array(bytes), { headers: { 'content-type': contentType } }).formData()
}

/** Whether the request's body is a multipart form (a file upload). */
export const isMultipart = (req: PayloadRequest): boolean => (req.headers.get('content-type') ?? '').toLowerCase().includes('multipart/form-data')
