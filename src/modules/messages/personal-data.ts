import type { Db } from '../../platform/db/database.ts'

/**
 * A person's conversations for their data download (GDPR right of access): what they wrote and
 * what was written to them, with the other side by name only, and whom they blocked.
 */
export async function exportMessages(db: Db, personId: number) {
  const conversations = await db
    .selectFrom('conversation_participants as mine')
    .innerJoin('conversations', 'conversations.id', 'mine.conversation_id')
    .select(['conversations.id', 'conversations.subject', 'conversations.context_url', 'conversations.created_at', 'mine.last_read_at', 'mine.locale'])
    .where('mine.person_id', '=', personId)
    .orderBy('conversations.id')
    .execute()
  const ids = conversations.map((conversation) => conversation.id)
  const messages = ids.length
    ? await db
        .selectFrom('conversation_messages')
        .innerJoin('people', 'people.id', 'conversation_messages.sender_id')
        .select(['conversation_messages.conversation_id', 'conversation_messages.sender_id', 'people.display_name', 'people.deleted_at', 'conversation_messages.body', 'conversation_messages.created_at'])
        .where('conversation_messages.conversation_id', 'in', ids)
        .orderBy('conversation_messages.id')
        .execute()
    : []
  const blocked = await db
    .selectFrom('message_blocks')
    .innerJoin('people', 'people.id', 'message_blocks.blocked_id')
    .select(['people.display_name', 'people.deleted_at', 'message_blocks.created_at'])
    .where('message_blocks.blocker_id', '=', personId)
    .orderBy('message_blocks.created_at')
    .execute()
  return {
    conversations: conversations.map((conversation) => ({
      subject: conversation.subject,
      about: conversation.context_url,
      startedAt: conversation.created_at,
      lastReadAt: conversation.last_read_at,
      language: conversation.locale,
      messages: messages
        .filter((message) => message.conversation_id === conversation.id)
        .map((message) => ({
          from: message.sender_id === personId ? 'me' : message.deleted_at ? 'deleted account' : message.display_name,
          sentAt: message.created_at,
          body: message.body,
        })),
    })),
    blocked: blocked.map((block) => ({ name: block.deleted_at ? 'deleted account' : block.display_name, since: block.created_at })),
  }
}
