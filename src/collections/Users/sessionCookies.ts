/**
 * The session cookie's attributes (Payload's `auth.cookies`): `Secure` whenever the public address is https
 * (the browser then never sends it over plain http), `SameSite=Lax` always (not sent on cross-site
 * sub-requests and form posts). A development server on http keeps a usable cookie.
 */
export function sessionCookies(publicUrl: string): { secure: boolean; sameSite: 'Lax' } {
  let secure = false
  try {
    secure = new URL(publicUrl).protocol === 'https:'
  } catch {
    secure = false
  }
  return { secure, sameSite: 'Lax' }
}
