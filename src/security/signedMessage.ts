import { hmac, sameSignature } from './signing'

/**
 * A result message a server action hands to the page it redirects to, in the address (so that it works without
 * JavaScript), signed with the server secret: the signature binds the text to the page (`scope`, its path) and to the
 * parameter, so a crafted link cannot make the back office display any other text, nor move a message to another page.
 */
export const MAX_RESULT_MESSAGE_LENGTH = 300

const signatureKey = (key: string) => `${key}Signature`
const signed = (secret: string, scope: string, key: string, text: string) => hmac(secret, `result-message\n${scope}\n${key}\n${text}`)

/** The query-string entries carrying `text` (cut to 300 characters) and its signature. */
export function signedMessageParams(secret: string, scope: string, key: string, text: string): Record<string, string> {
  const message = text.slice(0, MAX_RESULT_MESSAGE_LENGTH)
  return { [key]: message, [signatureKey(key)]: signed(secret, scope, key, message) }
}

type SearchParams = Record<string, string | string[] | undefined> | undefined

/** The message of parameter `key` when its signature is the server's for this page, else null (absent, forged, repeated). */
export function verifiedMessage(secret: string, scope: string, key: string, searchParams: SearchParams): string | null {
  const text = searchParams?.[key]
  const signature = searchParams?.[signatureKey(key)]
  if (typeof text !== 'string' || typeof signature !== 'string') return null
  return sameSignature(signature, signed(secret, scope, key, text)) ? text : null
}
