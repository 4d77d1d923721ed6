const MAX_IP_LENGTH = 64
const IP_TEXT = /^[0-9a-fA-F:.]+$/

/**
 * The client's IP address, for rate limiting. Behind a reverse proxy (`TRUST_PROXY=true`) it is the first
 * entry of `X-Forwarded-For`; otherwise the header is ignored (anyone can forge it) and only the address
 * the runtime saw is used, when it exposes one. Null when unknown: the per-IP limit then does not apply.
 */
export function clientIp(headers: Headers, options: { trustProxy: boolean; remoteAddress?: string | null }): string | null {
  const candidate = options.trustProxy ? headers.get('x-forwarded-for')?.split(',')[0] : options.remoteAddress
  const ip = candidate?.trim()
  return ip && ip.length <= MAX_IP_LENGTH && IP_TEXT.test(ip) ? ip : null
}

export const trustProxy = (): boolean => process.env.TRUST_PROXY === 'true'
