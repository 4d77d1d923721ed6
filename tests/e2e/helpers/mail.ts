import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** This run's captured emails (see tests/e2e/setup/smtpCapture.ts). */
const folder = () => process.env.BOUSSOLE_E2E_MAIL_DIR ?? path.resolve(process.cwd(), 'tests/artifacts/mail')

export interface CapturedMail {
  from: string | null
  to: string[]
  subject: string
  text: string
  raw: string
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header. */
function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_match, _charset: string, encoding: string, text: string) => {
    if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8')
    const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  })
}

const decodeQuotedPrintable = (text: string): string =>
  Buffer.from(
    text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

/** Decoded text of every part of a MIME message (good enough to search in). */
function bodyText(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/)
  return parts
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/)
      const body = rest.join('\n\n')
      if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) return decodeQuotedPrintable(body)
      return body
    })
    .join('\n')
}

/** The decoded Subject header of a raw message. */
export function mailSubject(raw: string): string {
  const headers = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  return decodeHeader(/^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '')
}

export function readMails(): CapturedMail[] {
  const FOLDER = folder()
  if (!existsSync(FOLDER)) return []
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const message = JSON.parse(readFileSync(path.join(FOLDER, file), 'utf8')) as { from: string | null; to: string[]; raw: string }
      return { ...message, subject: mailSubject(message.raw), text: bodyText(message.raw) }
    })
}

/** Waits for an email matching the predicate (the job worker sends them within a second or two). */
export async function waitForMail(predicate: (mail: CapturedMail) => boolean, timeoutMs = 20_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const mail = readMails().find(predicate)
    if (mail) return mail
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(
    `Aucun courriel attendu reçu en ${timeoutMs / 1000} s. Reçus : ${
      readMails()
        .map((mail) => `${mail.to.join(',')} « ${mail.subject} »`)
        .join(' ; ') || 'aucun'
    }`,
  )
}
