/**
 * Next.js runs `register()` once per server process, before it serves requests. On the Node.js runtime it
 * installs the stamp of the socket's peer address on every incoming request (see `peerAddressStamp.ts`).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installPeerAddressStamp } = await import('./instrumentation/peerAddressStamp')
    installPeerAddressStamp()
  }
}
