import type { Endpoint, PayloadRequest } from 'payload'

import { BoussoleApiError, errorResponse } from './errors'

type Handler = (req: PayloadRequest) => Promise<Response>

/**
 * Wraps a public endpoint: domain errors become their JSON 4xx, anything unexpected is logged and
 * answered with a French 500 (never a stack trace).
 */
export function publicEndpoint(method: Endpoint['method'], path: string, handler: Handler): Endpoint {
  return {
    method,
    path,
    handler: async (req) => {
      try {
        return await handler(req)
      } catch (error) {
        if (error instanceof BoussoleApiError) return errorResponse(error)
        req.payload.logger.error({ err: error, msg: `Boussole endpoint ${method.toUpperCase()} ${path} failed` })
        return Response.json({ errors: [{ message: 'Une erreur inattendue est survenue. Réessaie dans quelques instants.' }] }, { status: 500 })
      }
    },
  }
}

/** Parses a JSON body, answering 400 (not 500) to a malformed one. */
export async function readJsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : undefined
  } catch {
    throw new BoussoleApiError(400, [{ message: 'Le corps de la requête doit être un objet JSON valide.' }])
  }
}
