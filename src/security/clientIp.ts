import ipaddr from 'ipaddr.js'
import { randomBytes } from 'node:crypto'
import { isIP } from 'node:net'
import proxyaddr from 'proxy-addr'

/**
 * The client's address, for the rate limits of lead submissions and logins.
 *
 * Next.js gives route handlers and server actions only the request's headers, never its socket, and its
 * server fills `X-Forwarded-For` with the socket's address only when the client did not send one itself:
 * that header alone lets anyone choose their apparent address. So `src/instrumentation.ts` stamps every
 * request this process receives with the socket's peer address in a private header, overwriting whatever
 * the client sent, and signs it with a random value of this process (a request that arrived before the
 * stamp was installed cannot pass a forged one). The client address is then computed from that peer
 * address and `X-Forwarded-For` the way proxies are trusted (`proxy-addr`, as Express does): walking from
 * the right, each hop is believed only while the address before it is a trusted proxy — the left-most
 * entry, which the client writes, is never taken on trust.
 */

/** The private header carrying the socket's peer address (`<process nonce> <address>`). */
export const PEER_ADDRESS_HEADER = 'x-boussole-peer-address'

const NONCE_KEY = Symbol.for('boussole.peerAddressNonce')
type NonceHolder = { [NONCE_KEY]?: string }

/** A random value of this process, shared by the instrumentation and the route handlers (same globalThis). */
function processNonce(): string {
  const holder = globalThis as NonceHolder
  holder[NONCE_KEY] ??= randomBytes(18).toString('base64url')
  return holder[NONCE_KEY]
}

/** The value of the private header for this peer address (used by the instrumentation, and by in-process tests). */
export const peerAddressHeaderValue = (address: string): string => `${processNonce()} ${address}`

/** The peer address stamped on this request by this process, or null (absent, forged, or stamped by another process). */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_ADDRESS_HEADER)
  if (!value) return null
  const [nonce, address, extra] = value.split(' ')
  return nonce === processNonce() && extra === undefined && address && isIP(address) ? address : null
}

/** Which proxies are trusted, from `TRUST_PROXY` (see the README). */
export type ProxyTrust = (address: string, hop: number) => boolean

const hops =
  (count: number): ProxyTrust =>
  (_address, hop) =>
    hop < count

/**
 * `TRUST_PROXY`: unset or `false` (no proxy: the socket's address is the client's), `true` (one reverse proxy in
 * front, the historical meaning), a number of proxies in front, or a comma-separated list of the proxies'
 * addresses and subnets (`10.0.0.0/8`, `::1`, also `loopback`, `linklocal`, `uniquelocal`). Anything else is a
 * configuration error, reported at once rather than silently trusting nothing or everything.
 */
export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? ''
  if (text === '' || text === 'false' || text === '0') return hops(0)
  if (text === 'true') return hops(1)
  if (/^\d+$/.test(text)) return hops(Number(text))
  try {
    return proxyaddr.compile(
      text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
  } catch (error) {
    throw new Error(
      `TRUST_PROXY must be false, true, a number of proxies or a list of their addresses/subnets (got « ${text} »): ${(error as Error).message}`,
      { cause: error },
    )
  }
}

const trustCache = new Map<string, ProxyTrust>()
/** The trust of the current environment (parsed once per value). */
export function proxyTrust(): ProxyTrust {
  const value = process.env.TRUST_PROXY ?? ''
  let trust = trustCache.get(value)
  if (!trust) trustCache.set(value, (trust = parseTrustProxy(value)))
  return trust
}

/** `::ffff:192.0.2.1` → `192.0.2.1`; other addresses in their canonical form; null when not an address. */
function normalise(address: string | null | undefined): string | null {
  if (!address || !ipaddr.isValid(address)) return null
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) return (parsed as ipaddr.IPv6).toIPv4Address().toString()
  return parsed.toString()
}

/**
 * The client's address: the peer address when no proxy is trusted, else the right-most `X-Forwarded-For` entry
 * not written by a trusted proxy. Null when the peer address is unknown (a call that did not come through this
 * process's HTTP server); the peer address when what the trusted proxies passed on is not an address.
 */
export function clientAddress(headers: Headers, options: { peer: string | null; trust: ProxyTrust }): string | null {
  const peer = normalise(options.peer)
  if (!peer) return null
  const forwarded = headers.get('x-forwarded-for')
  const request = { headers: forwarded === null ? {} : { 'x-forwarded-for': forwarded }, socket: { remoteAddress: peer } }
  const address = proxyaddr(request as Parameters<typeof proxyaddr>[0], (candidate, hop) => {
    const normalised = normalise(candidate)
    return normalised !== null && options.trust(normalised, hop)
  })
  // What a trusted proxy passed on is not an address (the client wrote it): count it with the peer, never as « unknown ».
  return normalise(address) ?? peer
}

/**
 * What the limits count by: an IPv4 address, or the /64 prefix of an IPv6 address (one subscriber's network
 * hands out a whole /64: counting single IPv6 addresses would let one machine rotate through millions).
 */
export function addressBucket(address: string): string {
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4)
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`
}

/** The client address of a request that came through this process's HTTP server (stamped), with `TRUST_PROXY`. */
export const requestClientAddress = (headers: Headers): string | null => clientAddress(headers, { peer: peerAddress(headers), trust: proxyTrust() })
