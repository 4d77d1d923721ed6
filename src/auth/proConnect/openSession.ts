import { getFieldsToSign, jwtSign } from 'payload'
import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { addSessionToUser, generatePayloadCookie } from 'payload/shared'

/**
 * Opens the same session a password login opens (Payload's `loginOperation`, with its own exported helpers): a
 * session stored on the account (`useSessions`, so deactivation and logout revoke it), a JWT signed with the
 * Payload secret carrying the session id and the `saveToJWT` fields, and the `payload-token` cookie with the
 * collection's cookie attributes (HttpOnly, SameSite=Lax, Secure on https). Returns the `Set-Cookie` value.
 */
export async function openPayloadSession(req: PayloadRequest, collection: SanitizedCollectionConfig, accountId: number): Promise<string> {
  const { payload } = req
  const user = (await payload.db.findOne({ collection: collection.slug, req, where: { id: { equals: accountId } } })) as Record<string, unknown> & {
    id: number
    email: string
  }
  if (!user) throw new Error(`Account ${accountId} vanished before its session was opened`)
  user.collection = collection.slug
  user._strategy = 'local-jwt'
  const { sid } = await addSessionToUser({ collectionConfig: collection, payload, req, user: user as never })
  const fieldsToSign = getFieldsToSign({ collectionConfig: collection, email: user.email, sid, user: user as never })
  const { token } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: collection.auth.tokenExpiration })
  return generatePayloadCookie({ collectionAuthConfig: collection.auth, cookiePrefix: payload.config.cookiePrefix, token }) as string
}
