import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { Config } from '../config/config.ts'

export interface OutgoingMail {
  /** One address. */
  to: string
  subject: string
  text: string
  html: string
  /** Extra headers, such as the outbox id for tracing. */
  headers?: Record<string, string>
}

export interface SentMail {
  messageId: string
  /** The file the mail was written to, for the file transport. */
  file?: string
}

/** Where mail goes: an SMTP server, or files in DATA_DIR/mail/ when there is none. */
export interface MailTransport {
  readonly kind: 'smtp' | 'files'
  send(mail: OutgoingMail): Promise<SentMail>
  close(): void
}

/** A file name from the file transport: the time it was written (sorts in order) and a random part. */
export const MAIL_FILE_NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{8}\.eml$/

export function mailDir(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'mail')
}

// An SMTP server that hangs must not hold the worker (and the claimed mails) for minutes: nodemailer's
// defaults wait up to 2 minutes for a connection and 10 for an idle socket.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }

/**
 * The transport for this configuration: nodemailer over SMTP_URL, or without it a transport that writes
 * each message as an RFC 822 `.eml` file into DATA_DIR/mail/ (see the development page /dev/mail).
 */
export function createTransport(config: Pick<Config, 'smtpUrl' | 'dataDir' | 'baseUrl'>, from?: string): MailTransport {
  const sender = from ?? `Noaber <noreply@${config.baseUrl.hostname}>`
  const message = (mail: OutgoingMail) => ({
    from: sender,
    // An address object, so nodemailer never reads the recipient as a list of addresses.
    to: { name: '', address: mail.to },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: { 'Auto-Submitted': 'auto-generated', ...mail.headers },
  })

  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport({ url: config.smtpUrl.href, ...SMTP_TIMEOUTS })
    return {
      kind: 'smtp',
      send: async (mail) => {
        const info = await smtp.sendMail(message(mail))
        return { messageId: info.messageId }
      },
      close: () => smtp.close(),
    }
  }

  const dir = mailDir(config)
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
  return {
    kind: 'files',
    send: async (mail) => {
      const info = await stream.sendMail(message(mail))
      await fs.mkdir(dir, { recursive: true })
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`
      const file = path.join(dir, name)
      // Written under a temporary name first, so the development page never reads half a message.
      const temporary = path.join(dir, `.${name}.tmp`)
      await fs.writeFile(temporary, info.message as Buffer)
      await fs.rename(temporary, file)
      return { messageId: info.messageId, file }
    },
    close: () => stream.close(),
  }
}
