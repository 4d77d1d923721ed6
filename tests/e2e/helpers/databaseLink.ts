import net from 'node:net'

/**
 * A TCP relay between a server under test and PostgreSQL, which the test cuts and restores: while cut, the
 * database is out of reach exactly as when it is stopped (open connections dropped, new ones refused), for that
 * server only — the other tests keep the shared cluster.
 */
export class DatabaseLink {
  port = 0
  private server: net.Server | null = null
  private readonly sockets = new Set<net.Socket>()

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host)
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (server.address() as net.AddressInfo).port
    this.server = server
  }

  /** The database « stops »: every connection through the link is dropped, new ones are refused. */
  async cut(): Promise<void> {
    const server = this.server
    this.server = null
    for (const socket of this.sockets) socket.destroy()
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
