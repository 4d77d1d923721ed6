/** The public API's error contract: `{ "errors": [{ "message": "…", "field": "…" }] }`, messages in French. */
export interface ApiError {
  message: string
  field?: string
}

export class BoussoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ApiError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((error) => error.message).join(' '))
  }
}

export const badRequest = (errors: ApiError[]) => new BoussoleApiError(400, errors)
export const notFound = (message: string, field?: string) => new BoussoleApiError(404, [{ message, field }])

export function errorResponse(error: BoussoleApiError): Response {
  return Response.json({ errors: error.errors }, { status: error.status, headers: error.headers })
}
