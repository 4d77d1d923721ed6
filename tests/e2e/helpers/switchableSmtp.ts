import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

import { mailSubject } from './mail'

export interface ReceivedMail {
  to: string[]
  subject: string
  raw: string
}

interface Waiting {
  session: string
  mail: ReceivedMail
  accept: () => void
}

/**
 * A real SMTP server the test switches off and on again (on the same port) and can make hang: while `holding`,
 * a message is received but not answered, as a slow mail server does; a message whose sender goes away before the
 * answer is not accepted (RFC 5321: a message is delivered once the server has said « 250 »), as a real one does.
 */
export class SwitchableSmtp {
  readonly received: ReceivedMail[] = []
  port = 0
  holding = false
  private waiting: Waiting[] = []
  private server: SMTPServer | null = null

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 200,
      onClose: (session) => {
        this.waiting = this.waiting.filter((entry) => entry.session !== session.id)
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          const mail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), subject: mailSubject(raw), raw }
          const accept = () => {
            this.received.push(mail)
            callback()
          }
          if (this.holding) this.waiting.push({ session: session.id, mail, accept })
          else accept()
        })
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, '127.0.0.1', () => resolve())
    })
    this.port = (server.server.address() as AddressInfo).port
    this.server = server
  }

  /** Closes the port: the site's next attempts fail to connect. */
  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** Messages received but not answered yet, whose sender is still connected. */
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
}
