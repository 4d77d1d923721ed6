// The part of the `smpp` package (node-smpp, no published types) that Boussole uses: a client session that binds and
// submits short messages, and the server the tests run.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events'
  import type { Server as NetServer } from 'node:net'

  export interface Pdu {
    command: string
    command_status: number
    sequence_number: number
    system_id?: string
    password?: string
    source_addr?: string
    destination_addr?: string
    data_coding?: number
    esm_class?: number
    short_message?: { message: string | Buffer; udh?: Buffer[] } | Buffer | string
    message_payload?: { message: string | Buffer; udh?: Buffer[] } | Buffer | string
    message_id?: string
    response(options?: Record<string, unknown>): Pdu
    isResponse(): boolean
  }

  export interface Session extends EventEmitter {
    bind_transmitter(options: Record<string, unknown>, callback: (pdu: Pdu) => void): void
    submit_sm(options: Record<string, unknown>, callback: (pdu: Pdu) => void): boolean | undefined
    enquire_link(options?: Record<string, unknown>, callback?: (pdu: Pdu) => void): void
    unbind(options?: Record<string, unknown>, callback?: (pdu: Pdu) => void): void
    send(pdu: Pdu, callback?: (pdu: Pdu) => void): boolean
    close(callback?: () => void): void
    destroy(callback?: () => void): void
    pause(): void
    resume(): void
  }

  export interface ConnectOptions {
    url?: string
    host?: string
    port?: number
    tls?: boolean
    auto_enquire_link_period?: number
    connectTimeout?: number
  }

  export function connect(options: ConnectOptions | string, listener?: () => void): Session
  export function createServer(listener: (session: Session) => void): NetServer
  export function createServer(options: Record<string, unknown>, listener: (session: Session) => void): NetServer

  export const ESME_ROK: number
  export const ESME_RBINDFAIL: number
  export const ESME_RSYSERR: number
  export const ESME_RTHROTTLED: number

  const smpp: {
    connect: typeof connect
    createServer: typeof createServer
    ESME_ROK: number
    ESME_RBINDFAIL: number
    ESME_RSYSERR: number
    ESME_RTHROTTLED: number
  }
  export default smpp
}
