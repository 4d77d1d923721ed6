import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { SmsMessage, SmsTransport } from './smsTransport'

/** Development: each SMS is written to `.data/sms/*.txt` and announced on the console (as emails go to `.data/mail/`). */
export class SmsFolderTransport implements SmsTransport {
  readonly name = 'folder'

  constructor(private readonly folder = path.resolve(process.cwd(), '.data/sms')) {}

  async send({ to, text }: SmsMessage): Promise<{ id: string }> {
    await mkdir(this.folder, { recursive: true })
    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`
    const file = path.join(this.folder, `${id}.txt`)
    await writeFile(file, `À : ${to}\n\n${text}\n`)
    console.info(`✆  SMS pour ${to} → ${path.relative(process.cwd(), file)}`)
    return { id }
  }

  async close(): Promise<void> {}
}
