import smpp, { type Pdu, type Session } from 'smpp'

import { senderAddress, type SmppSettings } from './smppSettings'
import type { SmsMessage, SmsTransport } from './smsTransport'

/** How long the gateway has to accept a connection, a bind or a message before the send fails (and the job retries). */
const TIMEOUT_MS = 10_000

/** GSM 03.38 in a single PDU: up to 160 septets in `short_message`, longer texts in the `message_payload` TLV (one PDU, so a message is never half-sent). */
const SHORT_MESSAGE_MAX = 160

function withTimeout<T>(what: string, work: (resolve: (value: T) => void, reject: (error: Error) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`SMPP: no answer from the gateway (${what}) within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)
    work(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

/**
 * SMS through an SMPP gateway (the `smpp` package): one transmitter session, opened on first use and bound with the
 * account of `SMPP_URL`, reused while it lives; a closed or failed session is opened again on the next message.
 */
export class SmppTransport implements SmsTransport {
  readonly name = 'smpp'
  private session: Promise<Session> | null = null

  constructor(private readonly settings: SmppSettings) {}

  private open(): Promise<Session> {
    const { host, port, tls, systemId, password } = this.settings
    const opening = withTimeout<Session>('connection', (resolve, reject) => {
      const session = smpp.connect({ host, port, tls, auto_enquire_link_period: 30_000 })
      const forget = () => {
        if (this.session === opening) this.session = null
      }
      session.on('error', (error: Error) => {
        forget()
        reject(error)
      })
      session.on('close', forget)
      session.on(tls ? 'secureConnect' : 'connect', () => {
        session.bind_transmitter({ system_id: systemId, password }, (pdu: Pdu) => {
          if (pdu.command_status === 0) resolve(session)
          else {
            forget()
            session.destroy()
            reject(new Error(`SMPP: the gateway refused the bind (status ${pdu.command_status})`))
          }
        })
      })
    })
    opening.catch(() => undefined)
    return opening
  }

  async send({ to, text }: SmsMessage): Promise<{ id: string }> {
    this.session ??= this.open()
    const session = await this.session
    const body = [...text].length <= SHORT_MESSAGE_MAX ? { short_message: text } : { message_payload: text }
    return withTimeout('message', (resolve, reject) => {
      const sent = session.submit_sm(
        {
          ...senderAddress(this.settings.sender),
          destination_addr: to.replace(/^\+/, ''),
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          registered_delivery: 1,
          ...body,
        },
        (pdu: Pdu) => {
          if (pdu.command_status === 0) resolve({ id: String(pdu.message_id ?? '') })
          else reject(new Error(`SMPP: the gateway refused the message (status ${pdu.command_status})`))
        },
      )
      if (sent === false) {
        this.session = null
        reject(new Error('SMPP: the connection to the gateway is closed'))
      }
    })
  }

  async close(): Promise<void> {
    const current = this.session
    this.session = null
    if (!current) return
    const session = await current.catch(() => null)
    if (!session) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        session.destroy()
        resolve()
      }, 2000)
      session.unbind({}, () => {
        clearTimeout(timer)
        session.close(() => resolve())
      })
    })
  }
}
