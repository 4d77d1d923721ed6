import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Transport } from 'nodemailer'

/**
 * Emails go through SMTP when `SMTP_HOST` is set. Otherwise (development) they are written to
 * `.data/mail/*.eml` and announced on the console: never sent anywhere, and never an online test account.
 */
export function emailAdapter() {
  const defaultFromAddress = process.env.EMAIL_FROM ?? 'ne-pas-repondre@boussole.test'
  const defaultFromName = process.env.EMAIL_FROM_NAME ?? 'Boussole'
  if (process.env.SMTP_HOST) {
    return nodemailerAdapter({
      defaultFromAddress,
      defaultFromName,
      skipVerify: true,
      transportOptions: {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        secure: process.env.SMTP_SECURE === 'true',
        ignoreTLS: process.env.SMTP_IGNORE_TLS === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
      },
    })
  }
  return nodemailerAdapter({ defaultFromAddress, defaultFromName, skipVerify: true, transport: nodemailer.createTransport(mailFolderTransport()) })
}

function mailFolderTransport(): Transport {
  const folder = path.resolve(process.cwd(), '.data/mail')
  return {
    name: 'boussole-mail-folder',
    version: '1',
    send(mail, callback) {
      mail.message.build((error, message) => {
        if (error) return callback(error, undefined)
        mkdirSync(folder, { recursive: true })
        const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.eml`)
        writeFileSync(file, message)
        console.info(`✉  Courriel « ${mail.data.subject} » pour ${String(mail.data.to)} → ${path.relative(process.cwd(), file)}`)
        callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never)
      })
    },
  }
}
