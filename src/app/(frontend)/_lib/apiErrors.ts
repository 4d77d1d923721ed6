import { notFound } from 'next/navigation'

import { type ApiError, BoussoleApiError } from '@/plugins/boussole/server'

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: ApiError[] }

/**
 * Runs a plugin call for a page: a 404 from the plugin becomes the site's « page introuvable » (status 404),
 * a 400 is returned so the page can explain what is wrong (never a 500). Anything else is a real bug.
 */
export async function forPage<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() }
  } catch (error) {
    if (error instanceof BoussoleApiError) {
      if (error.status === 404) notFound()
      return { ok: false, errors: error.errors }
    }
    throw error
  }
}
