import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { notifyNewlyUnread } from './notification.ts'

/**
 * Adds a message to a conversation and does what follows from it: the conversation moves to the top
 * of everyone's list, the sender has read everything, and the others have something unread. Run it
 * inside the caller's transaction.
 */
export async function recordMessage(
  trx: Db,
  message: { tenantId: number; conversationId: number; senderId: number; body: string; senderLocale?: Locale },
  now: Date,
): Promise<void> {
  await trx.insertInto('conversation_messages').values({ conversation_id: message.conversationId, sender_id: message.senderId, body: message.body, created_at: now }).execute()
  await trx.updateTable('conversations').set({ last_message_at: now }).where('id', '=', message.conversationId).execute()
  await trx.updateTable('conversation_participants').set({ last_message_at: now }).where('conversation_id', '=', message.conversationId).execute()
  await trx
    .updateTable('conversation_participants')
    .set({ last_read_at: now, unread_since: null, ...(message.senderLocale ? { locale: message.senderLocale } : {}) })
    .where('conversation_id', '=', message.conversationId)
    .where('person_id', '=', message.senderId)
    .execute()
  // Only participants who had read everything become unread now; the statement is atomic per row, so
  // two messages written at the same moment still turn a participant unread (and notify them) once.
  const newlyUnread = await trx
    .updateTable('conversation_participants')
    .set({ unread_since: now })
    .where('conversation_id', '=', message.conversationId)
    .where('person_id', '<>', message.senderId)
    .where('unread_since', 'is', null)
    .returning('person_id')
    .execute()
  await notifyNewlyUnread(trx, message.tenantId, message.conversationId, newlyUnread.map((row) => row.person_id))
}
