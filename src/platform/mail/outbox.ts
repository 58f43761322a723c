import type { Kysely } from 'kysely'
import type { Schema } from '../db/schema.ts'
import { isLocale, type Locale } from '../i18n/locale.ts'
import { isMailTemplateName, type MailTemplates } from './templates.ts'

export interface QueuedMail<T extends keyof MailTemplates> {
  tenantId: number
  /** Exactly one address; a list such as `a@x.nl, b@y.nl` is refused. */
  to: string
  template: T
  locale: Locale
  params: MailTemplates[T]
}

// One plain address: no display name, no list, no white space or line breaks that could add a header.
const MAIL_ADDRESS = /^[^\s@<>,;:"()[\]\\]{1,64}@[\p{L}\p{N}](?:[\p{L}\p{N}.-]{0,251}[\p{L}\p{N}])?$/u

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && MAIL_ADDRESS.test(value) && !value.includes('..')
}

/**
 * Queues a mail for the mail worker. Pass the caller's transaction as `db` so the mail is sent if, and
 * only if, the change that caused it commits.
 */
export async function enqueueMail<T extends keyof MailTemplates>(db: Kysely<Schema>, mail: QueuedMail<T>): Promise<void> {
  if (!isMailAddress(mail.to)) throw new TypeError(`not a single e-mail address: '${mail.to}'`)
  if (!isMailTemplateName(mail.template)) throw new TypeError(`unknown mail template '${String(mail.template)}'`)
  if (!isLocale(mail.locale)) throw new TypeError(`unknown locale '${String(mail.locale)}'`)
  await db
    .insertInto('mail_outbox')
    .values({
      tenant_id: mail.tenantId,
      recipient: mail.to,
      template: mail.template,
      locale: mail.locale,
      params: JSON.stringify(mail.params),
    })
    .execute()
}
