import type { ColumnType, Generated, Selectable } from 'kysely'
import type { Locale } from '../i18n/locale.ts'

export const mailStatuses = ['pending', 'sent', 'failed'] as const
export type MailStatus = (typeof mailStatuses)[number]

/**
 * One e-mail waiting for, or done with, delivery. Written in the same transaction as the change that
 * causes it (the transactional outbox); the mail worker renders and sends it later, with retries.
 */
export interface MailOutboxTable {
  id: Generated<number>
  tenant_id: number
  /** One address, checked when queued. */
  recipient: string
  /** A key of `MailTemplates`. */
  template: string
  locale: Locale
  /** The template's parameters as JSON; emptied once the mail is sent or has failed (it may hold a sign-in link). */
  params: ColumnType<unknown, string, string>
  status: Generated<MailStatus>
  /** Delivery attempts made so far, successful or not. */
  attempts: Generated<number>
  /** Not sent before this moment (database clock): now when queued, later after a failed attempt. */
  next_attempt_at: Generated<Date>
  /** Claimed by a worker until this moment; a claim from a worker that died simply expires. */
  locked_until: Date | null
  last_error: string | null
  created_at: Generated<Date>
  sent_at: Date | null
}

export type OutboxMail = Selectable<MailOutboxTable>
