import { afterAll, beforeAll } from '@jest/globals'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** An email as the SMTP server received it, decoded. */
export interface ReceivedEmail {
  /** Envelope recipients (RCPT TO). */
  to: string[]
  from: string
  subject: string
  text: string
  html: string
}

/* ---------- Minimal MIME decoding (what nodemailer sends: multipart, quoted-printable, base64) ---------- */

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n')
  const head = end === -1 ? raw : raw.slice(0, end)
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body: end === -1 ? '' : raw.slice(end + 4) }
}

const decodeQuotedPrintable = (text: string): Buffer => {
  const joined = text.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3)
    if (joined[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      index += 2
    } else {
      bytes.push(...Buffer.from(joined[index], 'latin1'))
    }
  }
  return Buffer.from(bytes)
}

function decodeBody(body: string, encoding = ''): string {
  switch (encoding.toLowerCase()) {
    case 'quoted-printable':
      return decodeQuotedPrintable(body).toString('utf8')
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    default:
      return Buffer.from(body, 'latin1').toString('utf8')
  }
}

/** RFC 2047 encoded words: =?UTF-8?Q?…?= and =?UTF-8?B?…?=. */
const decodeHeader = (value: string): string =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')).toString('utf8'),
    )

function collectParts(raw: string, into: { text: string; html: string }): void {
  const { headers, body } = splitHead(raw)
  const type = headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const parts = body.split(`--${boundary}`).slice(1)
    for (const part of parts) if (!part.startsWith('--')) collectParts(part.replace(/^\r\n/, ''), into)
    return
  }
  const decoded = decodeBody(body, headers.get('content-transfer-encoding'))
  if (type.toLowerCase().startsWith('text/html')) into.html += decoded
  else if (type.toLowerCase().startsWith('text/plain')) into.text += decoded
}

export function parseEmail(raw: string, envelope: { from: string; to: string[] }): ReceivedEmail {
  const { headers } = splitHead(raw)
  const content = { text: '', html: '' }
  collectParts(raw, content)
  return { ...envelope, subject: decodeHeader(headers.get('subject') ?? ''), ...content }
}

/* ---------- The server ---------- */

/**
 * A real SMTP server a test stops and starts again (on the same port) and can make hang: while `holding`, a message
 * is received but not answered, as a slow mail server does; a message whose sender goes away before the answer is not
 * accepted (RFC 5321: a message is delivered once the server has said « 250 »), as a real server does.
 */
export class TestSmtpServer {
  readonly received: ReceivedEmail[] = []
  private server: SMTPServer | null = null
  private waiting: { session: string; accept: () => void }[] = []
  port = 0
  holding = false

  /** Listens on loopback: on a free port the first time, on the same port after a `stop()`. */
  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 1000,
      onClose: (session) => {
        this.waiting = this.waiting.filter((entry) => entry.session !== session.id)
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
          }
          const accept = () => {
            this.received.push(parseEmail(Buffer.concat(chunks).toString('latin1'), envelope))
            callback()
          }
          if (this.holding) this.waiting.push({ session: session.id, accept })
          else accept()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (server.server.address() as AddressInfo).port
    this.server = server
  }

  /** Stops listening: emails then fail with ECONNREFUSED, as during an outage. */
  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  get running(): boolean {
    return this.server !== null
  }

  /** Messages received but not answered yet (`holding`), whose sender is still connected. */
  get unanswered(): number {
    return this.waiting.length
  }

  /** Answers « 250 » to every message waiting, and stops holding. */
  release(): void {
    this.holding = false
    const waiting = this.waiting
    this.waiting = []
    for (const entry of waiting) entry.accept()
  }

  clear(): void {
    this.received.length = 0
  }

  /** Emails received by this address. */
  to(address: string): ReceivedEmail[] {
    return this.received.filter((email) => email.to.includes(address))
  }
}

/**
 * Starts a real SMTP server for the calling test file and points Payload's email adapter at it.
 * Call it BEFORE `useTestPayload()`: the adapter reads SMTP_HOST / SMTP_PORT when Payload initialises.
 */
export function useSmtpServer(): TestSmtpServer {
  const smtp = new TestSmtpServer()
  beforeAll(async () => {
    await smtp.start()
    process.env.SMTP_HOST = '127.0.0.1'
    process.env.SMTP_PORT = String(smtp.port)
    process.env.SMTP_IGNORE_TLS = 'true'
  })
  afterAll(async () => {
    await smtp.stop()
  })
  return smtp
}
