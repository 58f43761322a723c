import type { Db } from '../../platform/db/database.ts'
import { defaultLocale, type Locale } from '../../platform/i18n/locale.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import { conversationLink } from './links.ts'

/*
 * When a mail goes out: only when a conversation turns from "read" to "unread" for someone (see
 * `recordMessage`). A lively exchange would otherwise send a mail per message and teach people to
 * ignore them; the one mail already brings them to the thread, where they see everything that came
 * in since. Once they have read it, the next message is news again and gets its own mail.
 *
 * What the mail says: that there is a message, and a link to it; not the message, not its subject,
 * not the sender's name. Messages between residents can hold health, family or address details, and
 * a mail is copied to devices and providers outside the municipality's control, forwarded and
 * kept for years. Anything typed by a person would also let anyone use the municipality's mail
 * address to send their own text to residents (spam, phishing links in a chosen display name).
 * Reading in Noaber keeps blocking, account deletion and replies without e-mail addresses working.
 */

/** The language the person last used in any of their conversations; Dutch when we do not know it. */
async function knownLocale(trx: Db, personId: number): Promise<Locale> {
  const row = await trx
    .selectFrom('conversation_participants')
    .select('locale')
    .where('person_id', '=', personId)
    .where('locale', 'is not', null)
    .orderBy('last_read_at', (ob) => ob.desc().nullsLast())
    .limit(1)
    .executeTakeFirst()
  return row?.locale ?? defaultLocale
}

/** Queues one notification for each person whose conversation has just become unread. */
export async function notifyNewlyUnread(trx: Db, tenantId: number, conversationId: number, personIds: number[]): Promise<void> {
  if (personIds.length === 0) return
  const tenant = await trx.selectFrom('tenants').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow()
  const recipients = await trx
    .selectFrom('people')
    .select(['id', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', personIds)
    .where('deleted_at', 'is', null)
    .execute()
  for (const recipient of recipients) {
    await enqueueMail(trx, {
      tenantId,
      to: recipient.email,
      template: 'messageReceived',
      locale: await knownLocale(trx, recipient.id),
      params: { tenantName: tenant.name, link: conversationLink(conversationId) },
    })
  }
}
