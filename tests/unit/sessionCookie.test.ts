import { describe, expect, it } from '@jest/globals'
import { generatePayloadCookie } from 'payload'

/**
 * The Users collection reads PUBLIC_URL when it is loaded: with an https public address, the session cookie
 * Payload sets carries `Secure` (and `SameSite=Lax`, `HttpOnly`).
 */
describe('the session cookie of an https installation', () => {
  it('is Secure, HttpOnly and SameSite=Lax', async () => {
    const previous = process.env.PUBLIC_URL
    process.env.PUBLIC_URL = 'https://boussole.jeunes.gouv.fr'
    try {
      const { Users } = await import('../../src/collections/Users')
      const auth = Users.auth as { cookies?: { secure?: boolean; sameSite?: string } }
      expect(auth.cookies).toEqual({ secure: true, sameSite: 'Lax' })
      const cookie = generatePayloadCookie({
        collectionAuthConfig: { tokenExpiration: 3600, cookies: auth.cookies } as never,
        cookiePrefix: 'payload',
        token: 'jeton',
      })
      expect(cookie).toMatch(/; Secure/)
      expect(cookie).toMatch(/; HttpOnly/)
      expect(cookie).toMatch(/; SameSite=Lax/)
    } finally {
      if (previous === undefined) delete process.env.PUBLIC_URL
      else process.env.PUBLIC_URL = previous
    }
  })
})
