import type { PayloadRequest } from 'payload'

import { BoussoleApiError } from '../core/errors'
import { readLimitedBody } from './limitedBody'

const malformed = () => new BoussoleApiError(400, [{ message: 'Le corps de la requête doit être un objet JSON valide.' }])

/** Parses a JSON body, answering 400 (not 500) to a malformed one. */
export async function readJsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    throw malformed()
  }
}

/** A lead submission is about one kilobyte, a match request less: bodies above this are refused (413). */
export const MAX_PUBLIC_BODY_BYTES = 64 * 1024

/** Whether the request declares a JSON body (`application/json`, with or without parameters such as charset). */
export const isJsonContentType = (value: string | null): boolean => (value ?? '').split(';')[0].trim().toLowerCase() === 'application/json'

/**
 * The JSON body of a public endpoint: only `application/json` is accepted (415 otherwise — a cross-site HTML
 * form can only send `text/plain`, `multipart/form-data` or `application/x-www-form-urlencoded`, and must not
 * reach the API), and at most `maxBytes`, whether declared by Content-Length or counted while reading (413).
 * A malformed body answers 400.
 */
export async function readPublicJsonBody(req: PayloadRequest, maxBytes = MAX_PUBLIC_BODY_BYTES): Promise<unknown> {
  if (!isJsonContentType(req.headers.get('content-type'))) {
    throw new BoussoleApiError(415, [{ message: 'Le corps de la requête doit être envoyé en JSON (Content-Type: application/json).' }])
  }
  const bytes = await readLimitedBody(req, maxBytes, () => new BoussoleApiError(413, [{ message: 'La demande est trop volumineuse.' }]))
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    throw malformed()
  }
}
