import http from 'node:http'
import https from 'node:https'

import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '@/security/clientIp'

const INSTALLED = Symbol.for('boussole.peerAddressStampInstalled')

/** Overwrites the private header with the socket's peer address (a client-sent value never survives). */
export function stampPeerAddress(request: http.IncomingMessage): void {
  const address = request.socket?.remoteAddress
  if (address) request.headers[PEER_ADDRESS_HEADER] = peerAddressHeaderValue(address)
  else delete request.headers[PEER_ADDRESS_HEADER]
}

/**
 * Route handlers and server actions see only headers, never the socket: every `request` event of this
 * process's HTTP(S) servers (`next start`, `next dev`) first stamps the request with its peer address, before
 * Next.js reads it. Patching the prototypes reaches the server Next.js already created. Idempotent (`next dev`
 * may register again after a reload).
 */
export function installPeerAddressStamp(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as http.Server & { [INSTALLED]?: boolean }
    if (prototype[INSTALLED]) continue
    const emit = prototype.emit
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') stampPeerAddress(args[0] as http.IncomingMessage)
      return (emit as (event: string | symbol, ...args: unknown[]) => boolean).call(this, event, ...args)
    } as typeof prototype.emit
    prototype[INSTALLED] = true
  }
}
