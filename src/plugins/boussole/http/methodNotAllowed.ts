import type { Endpoint } from 'payload'

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

/** Per path, the methods its endpoints answer, in the order of `METHODS`. Pure. */
export function allowedMethods(endpoints: readonly Pick<Endpoint, 'method' | 'path'>[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>()
  for (const endpoint of endpoints) byPath.set(endpoint.path, [...(byPath.get(endpoint.path) ?? []), endpoint.method])
  for (const [path, methods] of byPath)
    byPath.set(
      path,
      METHODS.filter((method) => methods.includes(method)),
    )
  return byPath
}

/**
 * The endpoints, followed by one answering 405 for every other method of each of their paths (with `Allow` and a
 * French message), instead of Payload's English « Not Found »: a GET on an import says it only takes POST.
 * Listed after the real endpoints, so it never shadows one.
 */
export function withMethodNotAllowed(endpoints: Endpoint[]): Endpoint[] {
  const refusals = [...allowedMethods(endpoints)].flatMap(([path, allowed]) => {
    const allow = allowed.map((method) => method.toUpperCase()).join(', ')
    const message = `Cette adresse ne répond qu’aux requêtes ${allow}.`
    return METHODS.filter((method) => !allowed.includes(method)).map((method): Endpoint => ({
      method,
      path,
      handler: async () => Response.json({ errors: [{ message }] }, { status: 405, headers: { Allow: allow, 'Cache-Control': 'no-store' } }),
    }))
  })
  return [...endpoints, ...refusals]
}
