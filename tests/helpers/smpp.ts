import type { AddressInfo, Server, Socket } from 'node:net'
import smpp, { type Pdu, type Session } from 'smpp'

export interface ReceivedSms {
  from: string
  to: string
  text: string
  /** the PDU's data_coding: 1 = GSM 03.38 (the lib's « ASCII »), 8 = UCS-2 */
  dataCoding: number
  at: Date
}

export interface TestSmppServer {
  url: string
  port: number
  received: ReceivedSms[]
  /** stops accepting connections and drops the open sessions (the gateway is down) */
  stop(): Promise<void>
  /** listens again on the same port */
  start(): Promise<void>
  close(): Promise<void>
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedSms[]>
}

const textOf = (value: Pdu['short_message']): string => {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (Buffer.isBuffer(value)) return value.toString('latin1')
  return typeof value.message === 'string' ? value.message : value.message.toString('latin1')
}

/**
 * A real SMPP server (the `smpp` package's), accepting one account: it answers binds, enquire_link and unbind, and
 * keeps every submit_sm it accepts (short_message or message_payload) for the test to read.
 */
export async function startSmppServer(account = { systemId: 'boussole', password: 'secret' }): Promise<TestSmppServer> {
  const received: ReceivedSms[] = []
  const sessions = new Set<Session>()
  const sockets = new Set<Socket>()
  let server: Server
  let port = 0

  const listen = () =>
    new Promise<void>((resolve) => {
      server = smpp.createServer((session) => {
        sessions.add(session)
        session.on('close', () => sessions.delete(session))
        session.on('error', () => sessions.delete(session))
        session.on('bind_transmitter', (pdu: Pdu) => {
          if (pdu.system_id !== account.systemId || pdu.password !== account.password) {
            session.send(pdu.response({ command_status: smpp.ESME_RBINDFAIL }))
            session.close()
            return
          }
          session.send(pdu.response())
        })
        session.on('submit_sm', (pdu: Pdu) => {
          const text = textOf(pdu.message_payload ?? pdu.short_message)
          received.push({ from: pdu.source_addr ?? '', to: pdu.destination_addr ?? '', text, dataCoding: pdu.data_coding ?? 0, at: new Date() })
          session.send(pdu.response({ message_id: String(received.length) }))
        })
        session.on('enquire_link', (pdu: Pdu) => session.send(pdu.response()))
        session.on('unbind', (pdu: Pdu) => {
          session.send(pdu.response())
          session.close()
        })
      })
      server.on('connection', (socket: Socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port
        resolve()
      })
    })

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })

  await listen()
  return {
    get url() {
      return `smpp://${account.systemId}:${account.password}@127.0.0.1:${port}`
    },
    get port() {
      return port
    },
    received,
    stop,
    start: listen,
    close: stop,
    async waitFor(count, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} SMS, received ${received.length}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return received
    },
  }
}
